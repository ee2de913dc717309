/**
 * PURPOSE: the node lifecycle controller: notices nodes whose kubelet stopped
 * renewing its Lease and posting status, marks them Ready=Unknown after the grace
 * period, keeps the not-ready/unreachable taints in line with the Ready condition,
 * evicts pods from NoExecute-tainted nodes when their toleration runs out, and
 * removes pods bound to nodes that no longer exist.
 * MODELS: https://kubernetes.io/docs/concepts/architecture/nodes/#node-controller and
 * https://kubernetes.io/docs/concepts/scheduling-eviction/taint-and-toleration/#taint-based-evictions
 * NOT MODELLED: zone disruption rate limiting, the out-of-service taint.
 */
import type { Lease, Node, NodeCondition, Pod } from "../../api/types";
import { recordEvent } from "../../apiserver/events";
import { isConflict, isNotFound } from "../../core/errors";
import { formatTimestamp, parseTimestamp } from "../../core/time";
import { type Controller, type ControllerContext } from "../shared/context";
import { objectKey } from "../shared/informer";
import { createWorkQueue } from "../shared/workqueue";
import { evictionTime, readyStatus, reconcileTaints } from "./taints";

export const NODE_MONITOR_PERIOD_MS = 5_000;
export const NODE_MONITOR_GRACE_MS = 50_000;
const BY_NODE = "node-name";
const SOURCE = { component: "node-controller" };

export function createNodeLifecycleController(ctx: ControllerContext): Controller {
  const { api, clock } = ctx;
  const nodes = ctx.informers.informer<Node>("nodes");
  const leases = ctx.informers.informer<Lease>("leases");
  const pods = ctx.informers.informer<Pod>("pods");
  pods.addIndex(BY_NODE, (o) => ((o as Pod).spec?.nodeName ? [(o as Pod).spec.nodeName as string] : []));
  const evictions = new Map<string, { at: number; id: number }>();

  nodes.addHandler((t, o) => {
    const name = o.metadata.name ?? "";
    if (t === "DELETED") {
      for (const p of pods.byIndex(BY_NODE, name)) podQueue.add(objectKey(p));
      return;
    }
    nodeQueue.add(name);
  });
  pods.addHandler((t, o) => {
    if (t !== "DELETED" && o.spec.nodeName && needsAttention(o)) podQueue.add(objectKey(o));
    if (t === "DELETED") cancelEviction(objectKey(o));
  });

  function needsAttention(p: Pod): boolean {
    const node = nodes.get("", p.spec.nodeName ?? "");
    return !node || evictions.has(objectKey(p)) || (node.spec?.taints ?? []).some((t) => t.effect === "NoExecute");
  }

  function heartbeat(node: Node): number {
    const name = node.metadata.name ?? "";
    const lease = leases.get("kube-node-lease", name);
    const times = [lease?.spec.renewTime, node.status?.conditions?.find((c) => c.type === "Ready")?.lastHeartbeatTime, node.metadata.creationTimestamp];
    return Math.max(...times.filter((t): t is string => !!t).map(parseTimestamp));
  }

  function markUnknown(node: Node): void {
    const now = formatTimestamp(clock.now());
    const neverPosted = !node.status?.conditions?.some((c) => c.type === "Ready");
    const types = ["Ready", "MemoryPressure", "DiskPressure", "PIDPressure"];
    const unknown = (type: string, prev?: NodeCondition): NodeCondition => ({
      type,
      status: "Unknown",
      lastHeartbeatTime: prev?.lastHeartbeatTime ?? node.metadata.creationTimestamp,
      lastTransitionTime: now,
      reason: neverPosted ? "NodeStatusNeverUpdated" : "NodeStatusUnknown",
      message: neverPosted ? "Kubelet never posted node status." : "Kubelet stopped posting node status.",
    });
    // Conditions keep their places in the list; only the kubelet-owned ones change.
    const current = node.status?.conditions ?? [];
    const conditions = current.map((c) => (types.includes(c.type) ? unknown(c.type, c) : c));
    for (const type of types) if (!current.some((c) => c.type === type)) conditions.push(unknown(type));
    const updated = api.update<Node>("nodes", { ...node, status: { ...(node.status ?? {}), conditions } }, { subresource: "status" });
    nodes.observe(updated);
    recordEvent(api, { involvedObject: node, reason: "NodeNotReady", message: `Node ${node.metadata.name} status is now: NodeNotReady`, source: SOURCE, now: clock.now() });
    for (const p of pods.byIndex(BY_NODE, node.metadata.name ?? "")) markPodNotReady(p, now);
  }

  function markPodNotReady(p: Pod, now: string): void {
    const conds = p.status?.conditions ?? [];
    if (!conds.some((c) => c.type === "Ready" && c.status === "True")) return;
    const next = conds.map((c) => (c.type === "Ready" ? { ...c, status: "False" as const, lastTransitionTime: now } : c));
    try {
      pods.observe(api.update("pods", { ...p, status: { ...(p.status ?? {}), conditions: next } }, { subresource: "status" }));
    } catch (e) {
      if (!isNotFound(e) && !isConflict(e)) throw e;
    }
  }

  function reconcileNode(name: string): void {
    const node = nodes.get("", name);
    if (!node) return;
    if (readyStatus(node) !== "Unknown" && clock.now() - heartbeat(node) > NODE_MONITOR_GRACE_MS) {
      markUnknown(node);
      return;
    }
    const taints = reconcileTaints(node, formatTimestamp(clock.now()));
    if (taints) {
      nodes.observe(api.update<Node>("nodes", { ...node, spec: { ...(node.spec ?? {}), taints } }));
    }
    for (const p of pods.byIndex(BY_NODE, name)) podQueue.add(objectKey(p));
  }

  function cancelEviction(key: string): void {
    const e = evictions.get(key);
    if (e) clock.cancel(e.id);
    evictions.delete(key);
  }

  function reconcilePod(key: string): void {
    const i = key.indexOf("/");
    const p = pods.get(key.slice(0, i), key.slice(i + 1));
    if (!p || !p.spec.nodeName) return cancelEviction(key);
    const node = nodes.get("", p.spec.nodeName);
    if (!node) {
      cancelEviction(key);
      try {
        pods.forget(api.delete("pods", p.metadata.name ?? "", { namespace: p.metadata.namespace, gracePeriodSeconds: 0 }));
      } catch (e) {
        if (!isNotFound(e)) throw e;
      }
      return;
    }
    if (p.metadata.deletionTimestamp) return cancelEviction(key);
    const at = evictionTime(p, node, clock.now());
    if (at === undefined) return cancelEviction(key);
    if (at <= clock.now()) {
      cancelEviction(key);
      recordEvent(api, {
        involvedObject: p,
        reason: "TaintManagerEviction",
        message: `Marking for deletion Pod ${p.metadata.namespace}/${p.metadata.name}`,
        source: { component: "taint-eviction-controller" },
        now: clock.now(),
      });
      try {
        pods.observe(api.delete("pods", p.metadata.name ?? "", { namespace: p.metadata.namespace }));
      } catch (e) {
        if (!isNotFound(e)) throw e;
      }
      return;
    }
    const existing = evictions.get(key);
    if (existing && existing.at === at) return;
    cancelEviction(key);
    evictions.set(key, { at, id: clock.schedule(at - clock.now(), () => podQueue.add(key)) });
  }

  let timer = 0;
  function monitor(): void {
    for (const n of nodes.list()) {
      if (readyStatus(n) !== "Unknown" && clock.now() - heartbeat(n) > NODE_MONITOR_GRACE_MS) nodeQueue.add(n.metadata.name ?? "");
    }
    timer = clock.schedule(NODE_MONITOR_PERIOD_MS, monitor);
  }
  timer = clock.schedule(NODE_MONITOR_PERIOD_MS, monitor);

  const nodeQueue = createWorkQueue({ clock, reconcile: reconcileNode, name: "node-lifecycle" });
  const podQueue = createWorkQueue({ clock, reconcile: reconcilePod, name: "taint-eviction" });
  return {
    reconcile: reconcileNode,
    stop() {
      clock.cancel(timer);
      for (const e of evictions.values()) clock.cancel(e.id);
      nodeQueue.stop();
      podQueue.stop();
    },
  };
}
