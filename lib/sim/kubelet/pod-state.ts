// PURPOSE: what the kubelet remembers about each pod it runs, and how that becomes the pod's status.
// MODELS: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/ (phases, conditions, container states)
// NOT MODELLED: init containers, ephemeral containers, resize status.

import type { Container, ContainerStatus, ObjectReference, Pod, PodCondition, PodPhase, PodStatus } from "../api/types";
import type { TimerId } from "../core/clock";
import { formatTimestamp } from "../core/time";
import { flat } from "../core/strings";

export type Terminated = { exitCode: number; reason: string; startedAt: number; finishedAt: number; containerID: string };

export type ContainerRecord = {
  spec: Container;
  runtimeId?: string;
  restartCount: number;
  phase: "waiting" | "running" | "terminated";
  waiting?: { reason: string; message?: string };
  startedAt?: number;
  terminated?: Terminated;
  lastTerminated?: Terminated;
  ready: boolean;
  busy: boolean;
  imageRef?: { image: string; imageID: string };
  livenessFailures: number;
  readinessFailures: number;
  probeTimer?: TimerId;
  retryTimer?: TimerId;
  pullFailedAt?: number;
};

export type PodWorker = {
  uid: string;
  namespace: string;
  name: string;
  pod: Pod;
  sandboxId?: string;
  sandboxPending: boolean;
  podIP?: string;
  startTime: number;
  containers: ContainerRecord[];
  terminating: boolean;
  removed: boolean;
  conditionTimes: Map<string, { status: string; at: number }>;
  lastWritten?: PodStatus;
  dirty: boolean;
  /** References to the pod and each container, frozen and shared by the Events about them. */
  eventRefs: Map<string, ObjectReference>;
};

function containerStatus(r: ContainerRecord): ContainerStatus {
  const status: ContainerStatus = {
    name: r.spec.name,
    ready: r.ready,
    restartCount: r.restartCount,
    image: r.imageRef?.image ?? r.spec.image ?? "",
    imageID: r.imageRef?.imageID ?? "",
    started: r.phase === "running",
    state: {},
  };
  if (r.runtimeId) status.containerID = flat`containerd://${r.runtimeId}`;
  if (r.phase === "running") status.state = { running: { startedAt: formatTimestamp(r.startedAt ?? 0) } };
  else if (r.phase === "terminated" && r.terminated && !r.waiting) status.state = { terminated: terminatedState(r.terminated) };
  else status.state = { waiting: r.waiting?.message ? { reason: r.waiting.reason, message: r.waiting.message } : { reason: r.waiting?.reason ?? "ContainerCreating" } };
  if (r.lastTerminated) status.lastState = { terminated: terminatedState(r.lastTerminated) };
  else status.lastState = {};
  return status;
}

function terminatedState(t: Terminated) {
  return {
    exitCode: t.exitCode,
    reason: t.reason,
    startedAt: formatTimestamp(t.startedAt),
    finishedAt: formatTimestamp(t.finishedAt),
    containerID: flat`containerd://${t.containerID}`,
  };
}

export function podPhase(w: PodWorker): PodPhase {
  const policy = w.pod.spec.restartPolicy ?? "Always";
  const rs = w.containers;
  if (!w.sandboxId) return "Pending";
  if (rs.some((r) => r.phase === "waiting" && !r.lastTerminated)) return "Pending";
  if (rs.some((r) => r.phase === "running")) return "Running";
  const exitCodes = rs.map((r) => (r.phase === "terminated" ? (r.terminated?.exitCode ?? 0) : (r.lastTerminated?.exitCode ?? 0)));
  const allDone = rs.every((r) => r.phase === "terminated");
  if (policy === "Always") return "Running";
  if (policy === "OnFailure") return allDone && exitCodes.every((c) => c === 0) ? "Succeeded" : "Running";
  if (!allDone) return "Running";
  return exitCodes.some((c) => c !== 0) ? "Failed" : "Succeeded";
}

function condition(w: PodWorker, type: string, ok: boolean, now: number, reason?: string, message?: string): PodCondition {
  const status = ok ? "True" : "False";
  let since = w.conditionTimes.get(type);
  if (!since || since.status !== status) w.conditionTimes.set(type, (since = { status, at: now }));
  const c: PodCondition = { type, status, lastProbeTime: null, lastTransitionTime: formatTimestamp(since.at) };
  if (!ok && reason) c.reason = reason;
  if (!ok && message) c.message = message;
  return c;
}

const KUBELET_CONDITIONS = new Set(["PodReadyToStartContainers", "Initialized", "Ready", "ContainersReady"]);

// Plain loops: this runs for every status the kubelet reports.
export function computePodStatus(w: PodWorker, hostIP: string, now: number): PodStatus {
  const phase = podPhase(w);
  const unready: string[] = [];
  const containerStatuses: ContainerStatus[] = [];
  for (const r of w.containers) {
    if (!r.ready) unready.push(r.spec.name);
    containerStatuses.push(containerStatus(r));
  }
  const terminal = phase === "Succeeded" || phase === "Failed";
  const notReadyReason = terminal ? "PodCompleted" : "ContainersNotReady";
  const notReadyMessage = terminal ? undefined : `containers with unready status: [${unready.join(" ")}]`;
  const conditions = [
    condition(w, "PodReadyToStartContainers", Boolean(w.sandboxId) && !terminal, now),
    condition(w, "Initialized", true, now),
    condition(w, "Ready", unready.length === 0, now, notReadyReason, notReadyMessage),
    condition(w, "ContainersReady", unready.length === 0, now, notReadyReason, notReadyMessage),
  ];
  for (const c of w.pod.status?.conditions ?? []) if (!KUBELET_CONDITIONS.has(c.type)) conditions.push(c);
  const status: PodStatus = {
    phase,
    conditions,
    hostIP,
    hostIPs: [{ ip: hostIP }],
    startTime: formatTimestamp(w.startTime),
    containerStatuses,
    qosClass: w.pod.status?.qosClass ?? qosClass(w.pod),
  };
  if (w.podIP) {
    status.podIP = w.podIP;
    status.podIPs = [{ ip: w.podIP }];
  }
  return status;
}

export function qosClass(pod: Pod): string {
  const cs = pod.spec.containers;
  const any = cs.some((c) => Object.keys(c.resources?.requests ?? {}).length > 0 || Object.keys(c.resources?.limits ?? {}).length > 0);
  if (!any) return "BestEffort";
  const guaranteed = cs.every((c) => {
    const l = c.resources?.limits ?? {};
    const r = c.resources?.requests ?? {};
    return l.cpu !== undefined && l.memory !== undefined && (r.cpu ?? l.cpu) === l.cpu && (r.memory ?? l.memory) === l.memory;
  });
  return guaranteed ? "Guaranteed" : "Burstable";
}

export function podRef(w: PodWorker, container?: string): ObjectReference {
  const ref: ObjectReference = { kind: "Pod", namespace: w.namespace, name: w.name, uid: w.uid, apiVersion: "v1" };
  if (container) ref.fieldPath = flat`spec.containers{${container}}`;
  return ref;
}
