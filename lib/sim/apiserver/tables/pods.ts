/**
 * PURPOSE: `kubectl get pods` columns and the READY/STATUS/RESTARTS cell logic.
 * MODELS: printPod in kubernetes pkg/printers/internalversion, https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/
 * NOT MODELLED: sidecar (restartable init container) start-up ordering nuances.
 */
import type { Container, ContainerStatus, Pod } from "../../api/types";
import { humanDuration, parseTimestamp } from "../../core/time";
import { age, AGE_COLUMN, col, NAME_COLUMN, type TableHandler } from "./common";

function isRestartable(c: Container | undefined): boolean {
  return c?.restartPolicy === "Always";
}

function lastTermination(s: ContainerStatus): number | undefined {
  const at = s.lastState?.terminated?.finishedAt;
  return at ? parseTimestamp(at) : undefined;
}

export function podReadyCell(pod: Pod): string {
  return podCells(pod, 0).ready;
}

export function podStatusCell(pod: Pod): string {
  return podCells(pod, 0).status;
}

function podCells(pod: Pod, now: number): { ready: string; status: string; restarts: string } {
  const status = pod.status ?? {};
  let restarts = 0;
  let sidecarRestarts = 0;
  let total = pod.spec.containers.length;
  let ready = 0;
  let lastRestart = 0;
  let lastSidecarRestart = 0;
  let reason: string = status.reason || status.phase || "";
  for (const c of status.conditions ?? []) {
    if (c.type === "PodScheduled" && c.reason === "SchedulingGated") reason = "SchedulingGated";
  }
  const inits = new Map((pod.spec.initContainers ?? []).map((c) => [c.name, c]));
  for (const c of pod.spec.initContainers ?? []) if (isRestartable(c)) total++;

  let initializing = false;
  const initStatuses = status.initContainerStatuses ?? [];
  for (let i = 0; i < initStatuses.length; i++) {
    const s = initStatuses[i];
    restarts += s.restartCount;
    const t = lastTermination(s);
    if (t !== undefined && t > lastRestart) lastRestart = t;
    const sidecar = isRestartable(inits.get(s.name));
    if (sidecar) {
      sidecarRestarts += s.restartCount;
      if (t !== undefined && t > lastSidecarRestart) lastSidecarRestart = t;
    }
    const term = s.state?.terminated;
    const waiting = s.state?.waiting;
    if (term && term.exitCode === 0) continue;
    if (sidecar && s.started) {
      if (s.ready) ready++;
      continue;
    }
    if (term) {
      if (!term.reason) reason = term.signal ? `Init:Signal:${term.signal}` : `Init:ExitCode:${term.exitCode}`;
      else reason = `Init:${term.reason}`;
    } else if (waiting?.reason && waiting.reason !== "PodInitializing") reason = `Init:${waiting.reason}`;
    else reason = `Init:${i}/${(pod.spec.initContainers ?? []).length}`;
    initializing = true;
    break;
  }

  const initializedTrue = (status.conditions ?? []).some((c) => c.type === "Initialized" && c.status === "True");
  if (!initializing || initializedTrue) {
    restarts = sidecarRestarts;
    lastRestart = lastSidecarRestart;
    let hasRunning = false;
    const statuses = status.containerStatuses ?? [];
    for (let i = statuses.length - 1; i >= 0; i--) {
      const s = statuses[i];
      restarts += s.restartCount;
      const t = lastTermination(s);
      if (t !== undefined && t > lastRestart) lastRestart = t;
      const term = s.state?.terminated;
      if (s.state?.waiting?.reason) reason = s.state.waiting.reason;
      else if (term?.reason) reason = term.reason;
      else if (term) reason = term.signal ? `Signal:${term.signal}` : `ExitCode:${term.exitCode}`;
      else if (s.ready && s.state?.running) {
        hasRunning = true;
        ready++;
      }
    }
    if (reason === "Completed" && hasRunning) {
      const podReady = (status.conditions ?? []).some((c) => c.type === "Ready" && c.status === "True");
      reason = podReady ? "Running" : "NotReady";
    }
  }

  const terminal = status.phase === "Succeeded" || status.phase === "Failed";
  if (pod.metadata.deletionTimestamp && status.reason === "NodeLost") reason = "Unknown";
  else if (pod.metadata.deletionTimestamp && !terminal) reason = "Terminating";

  let restartsCell = String(restarts);
  if (restarts !== 0 && lastRestart > 0) restartsCell = `${restarts} (${humanDuration(now - lastRestart)} ago)`;
  return { ready: `${ready}/${total}`, status: reason, restarts: restartsCell };
}

export const podTable: TableHandler = {
  columns: [
    NAME_COLUMN,
    col("Ready", "string", 0, "The aggregate readiness state of this pod for accepting traffic."),
    col("Status", "string", 0, "The aggregate status of the containers in this pod."),
    col("Restarts", "string", 0, "The number of times the containers in this pod have been restarted and when the last container in this pod has restarted."),
    AGE_COLUMN,
    col("IP", "string", 1, "IP address allocated to the pod. Routable at least within the cluster. Empty if not yet allocated."),
    col("Node", "string", 1, "NodeName is a request to schedule this pod onto a specific node."),
    col("Nominated Node", "string", 1, "nominatedNodeName is set only when this pod preempts other pods on the node."),
    col("Readiness Gates", "string", 1, "If specified, all readiness gates will be evaluated for pod readiness."),
  ],
  row(obj, now) {
    const pod = obj as Pod;
    const cells = podCells(pod, now);
    const ip = pod.status?.podIPs?.[0]?.ip || pod.status?.podIP || "<none>";
    let gates = "<none>";
    const rg = pod.spec.readinessGates ?? [];
    if (rg.length > 0) {
      const trueCount = rg.filter((g) => (pod.status?.conditions ?? []).find((c) => c.type === g.conditionType)?.status === "True").length;
      gates = `${trueCount}/${rg.length}`;
    }
    return [
      pod.metadata.name ?? "",
      cells.ready,
      cells.status,
      cells.restarts,
      age(pod.metadata.creationTimestamp, now),
      ip,
      pod.spec.nodeName || "<none>",
      pod.status?.nominatedNodeName || "<none>",
      gates,
    ];
  },
};
