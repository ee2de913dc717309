/**
 * PURPOSE: which condition taints a node should carry given its Ready condition,
 * and when a pod on a NoExecute-tainted node must be evicted.
 * MODELS: https://kubernetes.io/docs/concepts/scheduling-eviction/taint-and-toleration/#taint-based-evictions
 */
import type { Node, Pod, Taint } from "../../api/types";
import { parseTimestamp } from "../../core/time";
import { toleratesTaint } from "../../scheduler/plugins/taint-toleration";

export const NOT_READY = "node.kubernetes.io/not-ready";
export const UNREACHABLE = "node.kubernetes.io/unreachable";

export function readyStatus(node: Node): string | undefined {
  return node.status?.conditions?.find((c) => c.type === "Ready")?.status;
}

/** Taints the controller owns for a node in this state; others on the node are left alone. */
export function desiredConditionTaints(node: Node): { key: string; effect: "NoSchedule" | "NoExecute" }[] {
  const ready = readyStatus(node);
  if (ready === "True") return [];
  const key = ready === "False" ? NOT_READY : UNREACHABLE;
  return [
    { key, effect: "NoSchedule" },
    { key, effect: "NoExecute" },
  ];
}

export function reconcileTaints(node: Node, now: string): Taint[] | undefined {
  const current = node.spec?.taints ?? [];
  const desired = desiredConditionTaints(node);
  const owned = (t: Taint) => t.key === NOT_READY || t.key === UNREACHABLE;
  const keep = current.filter((t) => !owned(t) || desired.some((d) => d.key === t.key && d.effect === t.effect));
  const add = desired.filter((d) => !current.some((t) => t.key === d.key && t.effect === d.effect));
  if (add.length === 0 && keep.length === current.length) return undefined;
  return [...keep, ...add.map((d): Taint => (d.effect === "NoExecute" ? { ...d, timeAdded: now } : { ...d }))];
}

/** undefined: never evicted; otherwise the virtual time at which the pod must go. */
export function evictionTime(pod: Pod, node: Node, nowMs: number): number | undefined {
  const taints = (node.spec?.taints ?? []).filter((t) => t.effect === "NoExecute");
  if (taints.length === 0) return undefined;
  const tolerations = pod.spec.tolerations ?? [];
  let minSeconds = Infinity;
  let since = nowMs;
  for (const taint of taints) {
    const matching = tolerations.filter((t) => toleratesTaint(t, taint));
    if (matching.length === 0) return nowMs;
    for (const t of matching) if (t.tolerationSeconds !== undefined) minSeconds = Math.min(minSeconds, Math.max(0, t.tolerationSeconds));
    if (taint.timeAdded) since = Math.min(since, parseTimestamp(taint.timeAdded));
  }
  if (minSeconds === Infinity) return undefined;
  return since + minSeconds * 1000;
}
