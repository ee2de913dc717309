// PURPOSE: the kubelet of one node: registers the Node, renews its Lease, runs the pods bound to it through the runtime,
// runs static pods with mirror pods, and reports pod status through the status subresource.
// MODELS: https://kubernetes.io/docs/reference/command-line-tools-reference/kubelet/ and
// https://kubernetes.io/docs/concepts/architecture/nodes/#node-heartbeats
// NOT MODELLED: the kubelet runs as system:masters rather than system:node:<name> with the Node authorizer;
// eviction under resource pressure; cgroups; volume mounts; the pod admission checks of the kubelet.

import type { Lease, Node, Pod, PodStatus } from "../api/types";
import type { ApiClient } from "../apiserver/client";
import type { Clock, TimerId } from "../core/clock";
import { deepEqual, deepFreeze } from "../core/clone";
import { isAlreadyExists, isNotFound } from "../core/errors";
import type { Rng } from "../core/rng";
import { formatMicroTime, formatTimestamp } from "../core/time";
import type { PodIpam } from "../network/pod-ipam";
import type { ContainerRuntime } from "../runtime/containerd";
import { createBackoff } from "./backoff";
import { createEventRecorder } from "./events";
import type { HealthSwitches } from "./health";
import { buildNode, nodeConditions, type NodeHardware } from "./node-status";
import { computePodStatus, type PodWorker } from "./pod-state";
import { containerExited, syncPod, terminatePod, type SyncContext } from "./pod-sync";

export type KubeletConfig = {
  api: ApiClient;
  clock: Clock;
  rng: Rng;
  nodeName: string;
  runtime: ContainerRuntime;
  hardware: NodeHardware;
  podIpam: PodIpam;
  health: HealthSwitches;
  staticPods?: Pod[];
};

export type Kubelet = {
  readonly nodeName: string;
  stop(): void;
  start(): void;
  isRunning(): boolean;
  setPartitioned(partitioned: boolean): void;
  isPartitioned(): boolean;
  crashContainer(namespace: string, pod: string, container: string | undefined, opts?: { oomKilled?: boolean }): boolean;
  podIPs(): Map<string, string>;
};

const LEASE_RENEW_MS = 10_000;
const STATUS_REPORT_MS = 5 * 60_000;
const LEASE_DURATION_S = 40;
const MIRROR_ANNOTATION = "kubernetes.io/config.mirror";

export function startKubelet(config: KubeletConfig): Kubelet {
  const { api, clock, runtime, nodeName } = config;
  const nodeIP = config.hardware.internalIP;
  const workers = new Map<string, PodWorker>();
  const staticKeys = new Map<string, string>();
  const manifests = new Map<string, Pod>();
  let running = false;
  let partitioned = false;
  let stopWatch: (() => void) | undefined;
  let leaseTimer: TimerId | undefined;
  let statusTimer: TimerId | undefined;
  let flushQueued = false;
  let podCIDR: string | undefined;
  const canWrite = () => running && !partitioned;
  const events = createEventRecorder({ api, clock, component: "kubelet", host: nodeName, canWrite });

  function allocateIP(w: PodWorker): string | undefined {
    if (!podCIDR) {
      try {
        podCIDR = api.get<Node>("nodes", nodeName).spec?.podCIDR;
      } catch {
        podCIDR = undefined;
      }
    }
    return podCIDR ? config.podIpam.allocate(nodeName, podCIDR, `${w.namespace}/${w.name}`) : undefined;
  }

  const ctx: SyncContext = {
    api,
    clock,
    runtime,
    events,
    health: config.health,
    nodeName,
    nodeIP,
    allocateIP,
    releaseIP: (ip) => config.podIpam.release(nodeName, ip),
    crashBackoff: createBackoff(),
    pullBackoff: createBackoff(),
    isActive: () => running,
    markDirty(w) {
      w.dirty = true;
      if (flushQueued) return;
      flushQueued = true;
      clock.defer(flush);
    },
    requestSync(w, delayMs) {
      clock.schedule(delayMs, () => syncPod(ctx, w));
    },
  };

  function flush(): void {
    flushQueued = false;
    if (!canWrite()) return;
    for (const w of workers.values()) {
      if (!w.dirty || w.removed) continue;
      w.dirty = false;
      const status: PodStatus = computePodStatus(w, nodeIP, clock.now());
      if (staticKeys.has(w.name) && !status.conditions?.some((c) => c.type === "PodScheduled")) {
        status.conditions?.push({ type: "PodScheduled", status: "True", lastProbeTime: null, lastTransitionTime: formatTimestamp(w.startTime) });
      }
      if (w.lastWritten && deepEqual(status, w.lastWritten)) continue;
      // Frozen, the status is shared by the stored pod rather than copied.
      deepFreeze(status);
      try {
        api.patch("pods", w.name, { status }, { namespace: w.namespace, type: "merge", subresource: "status" });
        w.lastWritten = status;
      } catch (e) {
        if (!isNotFound(e)) throw e;
      }
    }
  }

  function newWorker(pod: Pod): PodWorker {
    return {
      uid: pod.metadata.uid ?? "",
      namespace: pod.metadata.namespace ?? "default",
      name: pod.metadata.name ?? "",
      pod,
      sandboxPending: false,
      startTime: clock.now(),
      containers: pod.spec.containers.map((spec) => ({ spec, restartCount: 0, phase: "waiting", ready: false, busy: false, livenessFailures: 0, readinessFailures: 0 })),
      terminating: false,
      removed: false,
      conditionTimes: new Map(),
      dirty: false,
      eventRefs: new Map(),
    };
  }

  function finalizeDelete(w: PodWorker): void {
    workers.delete(w.uid);
    if (!canWrite()) return;
    try {
      api.delete("pods", w.name, { namespace: w.namespace, gracePeriodSeconds: 0 });
    } catch (e) {
      if (!isNotFound(e)) throw e;
    }
  }

  function handleMirror(pod: Pod, deleted: boolean): void {
    const key = staticKeys.get(pod.metadata.name ?? "");
    const w = key ? workers.get(key) : undefined;
    if (!w) return;
    if (deleted || pod.metadata.deletionTimestamp) {
      if (!deleted && canWrite()) api.delete("pods", w.name, { namespace: w.namespace, gracePeriodSeconds: 0 });
      clock.schedule(1_000, () => ensureMirror(w));
      return;
    }
    w.pod = pod;
  }

  function handlePod(pod: Pod): void {
    if (pod.metadata.annotations?.[MIRROR_ANNOTATION] !== undefined) {
      handleMirror(pod, false);
      return;
    }
    const uid = pod.metadata.uid ?? "";
    const w = workers.get(uid);
    if (pod.metadata.deletionTimestamp) {
      if (!w) {
        if (canWrite()) api.delete("pods", pod.metadata.name ?? "", { namespace: pod.metadata.namespace, gracePeriodSeconds: 0 });
        return;
      }
      w.pod = pod;
      if (w.removed) finalizeDelete(w);
      else if (!w.terminating) {
        const grace = (pod.metadata.deletionGracePeriodSeconds ?? pod.spec.terminationGracePeriodSeconds ?? 30) * 1000;
        terminatePod(ctx, w, grace, () => finalizeDelete(w));
      }
      return;
    }
    if (w) {
      w.pod = pod;
      return;
    }
    const phase = pod.status?.phase;
    if (phase === "Succeeded" || phase === "Failed") return;
    const worker = newWorker(pod);
    workers.set(uid, worker);
    ctx.markDirty(worker);
    syncPod(ctx, worker);
  }

  function handleGone(w: PodWorker): void {
    if (staticKeys.has(w.name) && workers.get(`static:${w.name}`) === w) return;
    if (!w.terminating) terminatePod(ctx, w, 0, () => workers.delete(w.uid));
  }

  function ensureMirror(w: PodWorker): void {
    if (!canWrite()) return;
    const manifest = manifests.get(w.name) ?? w.pod;
    const mirror: Pod = {
      ...manifest,
      metadata: {
        ...manifest.metadata,
        uid: undefined,
        resourceVersion: undefined,
        creationTimestamp: undefined,
        deletionTimestamp: undefined,
        annotations: { ...manifest.metadata.annotations, [MIRROR_ANNOTATION]: w.uid, "kubernetes.io/config.source": "file", "kubernetes.io/config.seen": formatTimestamp(w.startTime), "kubernetes.io/config.hash": w.uid },
        ownerReferences: [{ apiVersion: "v1", kind: "Node", name: nodeName, uid: nodeUid(), controller: true }],
      },
      spec: { ...manifest.spec, nodeName },
      status: undefined,
    };
    try {
      api.create("pods", mirror, { namespace: w.namespace });
      w.lastWritten = undefined;
      ctx.markDirty(w);
    } catch (e) {
      if (!isAlreadyExists(e)) throw e;
    }
  }

  function nodeUid(): string {
    try {
      return api.get<Node>("nodes", nodeName).metadata.uid ?? "";
    } catch {
      return "";
    }
  }

  function startStaticPods(): void {
    for (const manifest of config.staticPods ?? []) {
      const name = manifest.metadata.name ?? "";
      const key = `static:${name}`;
      let w = workers.get(key);
      if (!w) {
        w = newWorker(manifest);
        w.uid = config.rng.hex(32);
        workers.set(key, w);
        staticKeys.set(name, key);
        manifests.set(name, manifest);
      }
      ensureMirror(w);
      syncPod(ctx, w);
    }
  }

  function register(): void {
    const fresh = buildNode(nodeName, config.hardware, clock.now());
    try {
      api.create("nodes", fresh);
    } catch (e) {
      if (!isAlreadyExists(e)) throw e;
      postNodeStatus();
    }
  }

  function postNodeStatus(): void {
    if (!canWrite()) return;
    const node = api.get<Node>("nodes", nodeName);
    api.patch("nodes", nodeName, { status: { conditions: nodeConditions(clock.now(), node.status?.conditions) } }, { type: "merge", subresource: "status" });
  }

  function renewLease(): void {
    if (!canWrite()) return;
    const renewTime = formatMicroTime(clock.now());
    try {
      api.patch("leases", nodeName, { spec: { renewTime } }, { namespace: "kube-node-lease", type: "merge" });
    } catch (e) {
      if (!isNotFound(e)) throw e;
      const lease: Lease = {
        apiVersion: "coordination.k8s.io/v1",
        kind: "Lease",
        metadata: { name: nodeName, namespace: "kube-node-lease", ownerReferences: [{ apiVersion: "v1", kind: "Node", name: nodeName, uid: nodeUid() }] },
        spec: { holderIdentity: nodeName, leaseDurationSeconds: LEASE_DURATION_S, renewTime },
      };
      api.create("leases", lease, { namespace: "kube-node-lease" });
    }
  }

  function heartbeatLoop(): void {
    leaseTimer = clock.schedule(LEASE_RENEW_MS, () => {
      renewLease();
      heartbeatLoop();
    });
  }

  function statusLoop(): void {
    statusTimer = clock.schedule(STATUS_REPORT_MS, () => {
      postNodeStatus();
      statusLoop();
    });
  }

  function relist(): void {
    if (!canWrite()) return;
    const pods = api.list<Pod>("pods", { namespace: "", fieldSelector: `spec.nodeName=${nodeName}` }).items;
    const seen = new Set<string>();
    for (const pod of pods) {
      seen.add(pod.metadata.uid ?? "");
      handlePod(pod);
    }
    for (const [key, w] of [...workers]) if (!key.startsWith("static:") && !seen.has(key)) handleGone(w);
    for (const w of workers.values()) {
      if (w.removed && w.terminating) finalizeDelete(w);
      w.lastWritten = undefined;
      ctx.markDirty(w);
      syncPod(ctx, w);
    }
  }

  function watchPods(): void {
    stopWatch = api.watch<Pod>("pods", { namespace: "", fieldSelector: `spec.nodeName=${nodeName}` }, (e) => {
      if (!canWrite()) return;
      if (e.type === "DELETED") {
        if (e.object.metadata.annotations?.[MIRROR_ANNOTATION] !== undefined) handleMirror(e.object, true);
        else {
          const w = workers.get(e.object.metadata.uid ?? "");
          if (w) handleGone(w);
        }
        return;
      }
      handlePod(e.object);
    });
  }

  runtime.onExit((exit) => {
    for (const w of workers.values()) {
      const r = w.containers.find((c) => c.runtimeId === exit.containerId);
      if (r && r.phase === "running") {
        containerExited(ctx, w, r, exit.exitCode, exit.reason);
        return;
      }
    }
  });

  function start(): void {
    if (running) return;
    running = true;
    register();
    renewLease();
    heartbeatLoop();
    statusLoop();
    startStaticPods();
    watchPods();
    relist();
  }

  function stop(): void {
    if (!running) return;
    running = false;
    stopWatch?.();
    stopWatch = undefined;
    if (leaseTimer !== undefined) clock.cancel(leaseTimer);
    if (statusTimer !== undefined) clock.cancel(statusTimer);
  }

  start();

  return {
    nodeName,
    stop,
    start,
    isRunning: () => running,
    setPartitioned(value) {
      if (partitioned === value) return;
      partitioned = value;
      if (!value && running) {
        renewLease();
        postNodeStatus();
        relist();
      }
    },
    isPartitioned: () => partitioned,
    crashContainer(namespace, pod, container, opts) {
      for (const w of workers.values()) {
        if (w.namespace !== namespace || w.name !== pod || w.removed) continue;
        const r = container ? w.containers.find((c) => c.spec.name === container) : w.containers[0];
        if (!r?.runtimeId || r.phase !== "running") return false;
        runtime.killContainer(r.runtimeId, opts?.oomKilled ? { exitCode: 137, reason: "OOMKilled" } : { exitCode: 1, reason: "Error" });
        return true;
      }
      return false;
    },
    podIPs() {
      const out = new Map<string, string>();
      for (const w of workers.values()) if (w.podIP && !w.removed) out.set(w.podIP, `${w.namespace}/${w.name}`);
      return out;
    },
  };
}
