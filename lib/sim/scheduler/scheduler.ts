/**
 * PURPOSE: kube-scheduler: watches nodes and pods, keeps a cache of what each node
 * has committed, takes unscheduled pods (schedulerName default-scheduler) from an
 * active queue, binds each to a node through the pods/binding subresource, and
 * parks the ones that fit nowhere until the cluster changes.
 * MODELS: https://kubernetes.io/docs/concepts/scheduling-eviction/kube-scheduler/ and
 * https://kubernetes.io/docs/concepts/scheduling-eviction/scheduling-framework/
 * NOT MODELLED: preemption, scheduling gates, multiple profiles, leader election
 * (it runs with admin credentials rather than system:kube-scheduler's role).
 */
import type { Binding, Node, Pod, Toleration } from "../api/types";
import type { ApiClient, WatchEvent } from "../apiserver/client";
import { recordEvent } from "../apiserver/events";
import type { Clock } from "../core/clock";
import { deepEqual, stableStringify } from "../core/clone";
import { isConflict, isNotFound } from "../core/errors";
import type { Rng } from "../core/rng";
import { formatTimestamp } from "../core/time";
import { addPod, createNodeInfo, type NodeInfo, setNode } from "./node-info";
import { scheduleOne, type StaticCache } from "./schedule-one";
import { flat } from "../core/strings";

export const SCHEDULER_NAME = "default-scheduler";
// Unschedulable pods are retried at most this often after cluster changes (the scheduler's initial pod back-off).
const RETRY_DELAY_MS = 1000;

type Assigned = { node: string; pod: Pod; owner?: string };

function keyOf(p: Pod): string {
  return [p.metadata.namespace, p.metadata.name].join("/");
}

function controllerUid(p: Pod): string | undefined {
  return p.metadata.ownerReferences?.find((r) => r.controller)?.uid;
}

function isTerminal(p: Pod): boolean {
  return p.status?.phase === "Succeeded" || p.status?.phase === "Failed";
}

/** What about a node decides where pods may go; stored versions share these parts while they do not change. */
function nodeFingerprint(n: Node): unknown[] {
  const ready = n.status?.conditions?.find((c) => c.type === "Ready")?.status;
  return [n.metadata.labels, n.spec?.taints, n.spec?.unschedulable, n.status?.allocatable, ready];
}

const tolerationKeys = new WeakMap<readonly Toleration[], string>();

/**
 * Pods with equal keys get the same static filter verdicts. Plain JSON: pods with the same constraints in
 * another key order only get a cache entry of their own. Most pods set nothing but tolerations, and those share
 * the API server's frozen default list, so its text is kept.
 */
function constraintsKey(s: Pod["spec"]): string {
  if (s.nodeSelector || s.affinity?.nodeAffinity || s.nodeName) {
    return `all:${JSON.stringify([s.tolerations, s.nodeSelector, s.affinity?.nodeAffinity, s.nodeName])}`;
  }
  const tolerations = s.tolerations ?? [];
  let key = tolerationKeys.get(tolerations);
  if (key === undefined) {
    key = `tolerations:${JSON.stringify(tolerations)}`;
    if (Object.isFrozen(tolerations)) tolerationKeys.set(tolerations, key);
  }
  return key;
}

export type Scheduler = { stop(): void; flush(): void; pendingCount(): number };

export function createScheduler(config: { api: ApiClient; clock: Clock; rng: Rng }): Scheduler {
  const { api, clock, rng } = config;
  const nodes = new Map<string, NodeInfo>();
  const fingerprints = new Map<string, unknown[]>();
  let nodeList: NodeInfo[] = [];
  let positions = new Map<string, number>();
  const positionOf = (node: string) => positions.get(node);
  let staticCaches = new Map<string, StaticCache>();
  let startIndex = 0;
  const assigned = new Map<string, Assigned>();
  const spread = new Map<string, Map<string, number>>();
  const pending = new Map<string, Pod>();
  const active = new Set<string>();
  const unschedulable = new Map<string, string>();
  let flushQueued = false;
  let retryTimer: number | undefined;
  let stopped = false;

  function rebuildNodeList(): void {
    nodeList = [...nodes.values()].sort((a, b) => (a.name < b.name ? -1 : 1));
    positions = new Map(nodeList.map((info, index) => [info.name, index]));
    staticCaches = new Map();
  }

  function staticCacheFor(p: Pod): StaticCache {
    const key = constraintsKey(p.spec);
    let c = staticCaches.get(key);
    if (!c) {
      c = [];
      staticCaches.set(key, c);
    }
    return c;
  }

  function account(p: Pod, sign: 1 | -1, node: string): void {
    const info = nodes.get(node);
    if (info) addPod(info, p, sign);
    const owner = controllerUid(p);
    if (owner) {
      let m = spread.get(owner);
      if (!m) spread.set(owner, (m = new Map()));
      const v = (m.get(node) ?? 0) + sign;
      if (v <= 0) m.delete(node);
      else m.set(node, v);
      if (m.size === 0) spread.delete(owner);
    }
  }

  function unassign(key: string): void {
    const a = assigned.get(key);
    if (!a) return;
    account(a.pod, -1, a.node);
    assigned.delete(key);
    requestRetry();
  }

  function assign(key: string, p: Pod, node: string): void {
    const prev = assigned.get(key);
    if (prev && prev.node === node) {
      prev.pod = p;
      return;
    }
    if (prev) account(prev.pod, -1, prev.node);
    assigned.set(key, { node, pod: p });
    account(p, 1, node);
  }

  function requestRetry(): void {
    if (unschedulable.size === 0 || retryTimer !== undefined || stopped) return;
    retryTimer = clock.schedule(RETRY_DELAY_MS, () => {
      retryTimer = undefined;
      for (const key of unschedulable.keys()) active.add(key);
      unschedulable.clear();
      queueFlush();
    });
  }

  function queueFlush(): void {
    if (flushQueued || stopped) return;
    flushQueued = true;
    clock.defer(flush);
  }

  function onNode(e: WatchEvent<Node>): void {
    const name = e.object.metadata.name ?? "";
    if (e.type === "DELETED") {
      nodes.delete(name);
      fingerprints.delete(name);
      rebuildNodeList();
      return;
    }
    const info = nodes.get(name);
    if (!info) {
      const fresh = createNodeInfo(e.object);
      for (const a of assigned.values()) if (a.node === name) addPod(fresh, a.pod, 1);
      nodes.set(name, fresh);
      rebuildNodeList();
    } else setNode(info, e.object);
    const fp = nodeFingerprint(e.object);
    if (!deepEqual(fingerprints.get(name), fp)) {
      fingerprints.set(name, fp);
      staticCaches = new Map();
      requestRetry();
    }
  }

  function onPod(e: WatchEvent<Pod>): void {
    const p = e.object;
    const key = keyOf(p);
    if (e.type === "DELETED") {
      pending.delete(key);
      active.delete(key);
      unschedulable.delete(key);
      unassign(key);
      return;
    }
    if (p.spec.nodeName) {
      pending.delete(key);
      active.delete(key);
      unschedulable.delete(key);
      if (isTerminal(p)) unassign(key);
      else assign(key, p, p.spec.nodeName);
      return;
    }
    if ((p.spec.schedulerName ?? SCHEDULER_NAME) !== SCHEDULER_NAME || p.metadata.deletionTimestamp) {
      pending.delete(key);
      active.delete(key);
      unschedulable.delete(key);
      return;
    }
    pending.set(key, p);
    const attempted = unschedulable.get(key);
    if (attempted !== undefined) {
      if (attempted === stableStringify([p.spec, p.metadata.labels])) return;
      unschedulable.delete(key);
    }
    active.add(key);
    queueFlush();
  }

  function bind(p: Pod, node: string): boolean {
    const binding: Binding = {
      apiVersion: "v1",
      kind: "Binding",
      metadata: { name: p.metadata.name, namespace: p.metadata.namespace },
      target: { apiVersion: "v1", kind: "Node", name: node },
    };
    try {
      api.create("bindings", binding, { namespace: p.metadata.namespace });
    } catch (e) {
      if (isNotFound(e) || isConflict(e)) return false;
      throw e;
    }
    recordEvent(api, {
      involvedObject: p,
      reason: "Scheduled",
      message: flat`Successfully assigned ${p.metadata.namespace}/${p.metadata.name} to ${node}`,
      source: { component: SCHEDULER_NAME },
      now: clock.now(),
    });
    return true;
  }

  function markUnschedulable(p: Pod, message: string): void {
    const key = keyOf(p);
    unschedulable.set(key, stableStringify([p.spec, p.metadata.labels]));
    const current = p.status?.conditions?.find((c) => c.type === "PodScheduled");
    const condition = {
      type: "PodScheduled",
      status: "False",
      lastProbeTime: null,
      lastTransitionTime: current?.status === "False" ? current.lastTransitionTime : formatTimestamp(clock.now()),
      reason: "Unschedulable",
      message,
    };
    try {
      api.patch("pods", p.metadata.name ?? "", { status: { conditions: [condition] } }, {
        namespace: p.metadata.namespace,
        type: "strategic",
        subresource: "status",
      });
    } catch (e) {
      if (!isNotFound(e) && !isConflict(e)) throw e;
    }
    recordEvent(api, { involvedObject: p, reason: "FailedScheduling", message, type: "Warning", source: { component: SCHEDULER_NAME }, now: clock.now() });
  }

  function flush(): void {
    flushQueued = false;
    while (active.size > 0 && !stopped) {
      const batch = [...active];
      active.clear();
      for (const key of batch) {
        if (stopped) return;
        scheduleKey(key);
      }
    }
  }

  function scheduleKey(key: string): void {
    const p = pending.get(key);
    if (!p) return;
    const owner = controllerUid(p);
    const outcome = scheduleOne(p, nodeList, { rng, startIndex, spread: owner ? spread.get(owner) : undefined, staticCache: staticCacheFor(p), positionOf });
    if (nodeList.length > 0) startIndex = (startIndex + outcome.evaluated) % nodeList.length;
    if ("node" in outcome) {
      if (bind(p, outcome.node)) {
        pending.delete(key);
        assign(key, p, outcome.node);
      }
    } else {
      markUnschedulable(p, outcome.error);
    }
  }

  const unwatchNodes = api.watch<Node>("nodes", {}, onNode);
  const unwatchPods = api.watch<Pod>("pods", { namespace: "" }, onPod);

  return {
    stop() {
      stopped = true;
      unwatchNodes();
      unwatchPods();
      if (retryTimer !== undefined) clock.cancel(retryTimer);
    },
    flush,
    pendingCount: () => pending.size,
  };
}
