/**
 * PURPOSE: a minimal stand-in for kubelets, used by the control plane's own tests:
 * bound pods become Running and Ready at once with an IP, deleted pods go away,
 * and nodes report Ready until told to stop.
 * MODELS: nothing real; the kubelet proper lives in the kubelet folder.
 */
import type { Node, Pod } from "../../api/types";
import { createApiServer } from "../../apiserver/server";
import type { ApiClient } from "../../apiserver/client";
import { createClock, type Clock } from "../../core/clock";
import { isConflict, isNotFound } from "../../core/errors";
import { createRng } from "../../core/rng";
import { formatTimestamp, SCENARIO_EPOCH_MS } from "../../core/time";
import { createScheduler } from "../../scheduler/scheduler";
import { createStore } from "../../store/store";
import { startControllerManager, type MetricsSource } from "../index";

export type FakeCluster = {
  api: ApiClient;
  clock: Clock;
  addNode(name: string, opts?: { cpu?: string; labels?: Record<string, string>; taints?: Node["spec"] }): void;
  stopKubelet(name: string): void;
  setPodReady(namespace: string, name: string, ready: boolean): void;
  metrics: Map<string, number>;
};

export function createFakeCluster(config: { seed?: number } = {}): FakeCluster {
  const clock = createClock({ startMs: SCENARIO_EPOCH_MS });
  const api = createApiServer({ store: createStore(), clock, rng: createRng(config.seed ?? 1) }).client();
  const stopped = new Set<string>();
  const notReady = new Set<string>();
  const cpu = new Map<string, number>();
  const metrics: MetricsSource = { podMetrics: (ns, pod) => (cpu.has(`${ns}/${pod}`) ? { cpuMilli: cpu.get(`${ns}/${pod}`) ?? 0, memoryBytes: 0 } : undefined) };
  createScheduler({ api, clock, rng: createRng(2) });
  startControllerManager({ api, clock, rng: createRng(3), metrics });
  let ipSeq = 1;

  function runPod(p: Pod): void {
    const node = p.spec.nodeName ?? "";
    if (stopped.has(node)) return;
    const key = `${p.metadata.namespace}/${p.metadata.name}`;
    if (p.metadata.deletionTimestamp) {
      try {
        api.delete("pods", p.metadata.name ?? "", { namespace: p.metadata.namespace, gracePeriodSeconds: 0 });
      } catch (e) {
        if (!isNotFound(e)) throw e;
      }
      return;
    }
    const ready = !notReady.has(key);
    if (p.status?.phase === "Running" && p.status.conditions?.some((c) => c.type === "Ready" && c.status === (ready ? "True" : "False"))) return;
    const now = formatTimestamp(clock.now());
    const status = {
      ...(p.status ?? {}),
      phase: "Running" as const,
      podIP: p.status?.podIP ?? `10.244.${Math.floor(ipSeq / 250)}.${(ipSeq++ % 250) + 1}`,
      startTime: p.status?.startTime ?? now,
      conditions: [
        { type: "PodScheduled", status: "True" as const, lastTransitionTime: now },
        { type: "Ready", status: ready ? ("True" as const) : ("False" as const), lastTransitionTime: now },
      ],
      containerStatuses: p.spec.containers.map((c) => ({ name: c.name, ready, restartCount: 0, image: c.image ?? "", imageID: "", state: { running: { startedAt: now } } })),
    };
    try {
      api.update("pods", { ...p, status }, { subresource: "status" });
    } catch (e) {
      if (!isNotFound(e) && !isConflict(e)) throw e;
    }
  }

  api.watch<Pod>("pods", { namespace: "" }, (e) => {
    if (e.type !== "DELETED" && e.object.spec.nodeName) runPod(e.object);
  });

  function heartbeat(): void {
    for (const n of api.list<Node>("nodes").items) {
      const name = n.metadata.name ?? "";
      if (stopped.has(name)) continue;
      const now = formatTimestamp(clock.now());
      const ready = n.status?.conditions?.find((c) => c.type === "Ready");
      api.update("nodes", {
        ...n,
        status: { ...n.status, conditions: [{ type: "Ready", status: "True", reason: "KubeletReady", message: "kubelet is posting ready status", lastHeartbeatTime: now, lastTransitionTime: ready?.status === "True" ? ready.lastTransitionTime : now }] },
      }, { subresource: "status" });
    }
    clock.schedule(10_000, heartbeat);
  }
  clock.schedule(10_000, heartbeat);

  return {
    api,
    clock,
    metrics: cpu,
    addNode(name, opts = {}) {
      const now = formatTimestamp(clock.now());
      api.create<Node>("nodes", {
        apiVersion: "v1",
        kind: "Node",
        metadata: { name, labels: { "kubernetes.io/hostname": name, ...(opts.labels ?? {}) } },
        spec: { ...(opts.taints ?? {}) },
        status: {
          allocatable: { cpu: opts.cpu ?? "4", memory: "8Gi", pods: "110" },
          capacity: { cpu: opts.cpu ?? "4", memory: "8Gi", pods: "110" },
          conditions: [{ type: "Ready", status: "True", reason: "KubeletReady", message: "kubelet is posting ready status", lastHeartbeatTime: now, lastTransitionTime: now }],
        },
      });
    },
    stopKubelet: (name) => void stopped.add(name),
    setPodReady(namespace, name, ready) {
      const key = `${namespace}/${name}`;
      if (ready) notReady.delete(key);
      else notReady.add(key);
      runPod(api.get<Pod>("pods", name, { namespace }));
    },
  };
}
