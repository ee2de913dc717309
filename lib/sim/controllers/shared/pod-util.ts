/**
 * PURPOSE: pod predicates the controllers share: active, ready, available.
 * MODELS: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#pod-conditions
 */
import type { Pod } from "../../api/types";
import { parseTimestamp } from "../../core/time";

export function isPodActive(p: Pod): boolean {
  return p.status?.phase !== "Succeeded" && p.status?.phase !== "Failed" && !p.metadata.deletionTimestamp;
}

export function isPodReady(p: Pod): boolean {
  return (p.status?.conditions ?? []).some((c) => c.type === "Ready" && c.status === "True");
}

/** Ready for at least minReadySeconds; also returns when it becomes available if not yet. */
export function podAvailability(p: Pod, minReadySeconds: number, now: number): { available: boolean; at?: number } {
  const c = (p.status?.conditions ?? []).find((x) => x.type === "Ready" && x.status === "True");
  if (!c) return { available: false };
  if (minReadySeconds <= 0) return { available: true };
  const since = c.lastTransitionTime ? parseTimestamp(c.lastTransitionTime) : 0;
  const at = since + minReadySeconds * 1000;
  return at <= now ? { available: true } : { available: false, at };
}
