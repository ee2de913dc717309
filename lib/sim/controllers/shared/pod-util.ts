/**
 * PURPOSE: pod predicates the controllers share: active, ready, available.
 * MODELS: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#pod-conditions
 */
import type { Pod, PodCondition } from "../../api/types";
import { deepEqual } from "../../core/clone";
import { parseTimestamp } from "../../core/time";

export function isPodActive(p: Pod): boolean {
  return p.status?.phase !== "Succeeded" && p.status?.phase !== "Failed" && !p.metadata.deletionTimestamp;
}

export function isPodReady(p: Pod): boolean {
  const conditions = p.status?.conditions;
  if (!conditions) return false;
  for (let i = 0; i < conditions.length; i++) {
    if (conditions[i].type === "Ready") return conditions[i].status === "True";
  }
  return false;
}

function readyCondition(p: Pod): PodCondition | undefined {
  const conditions = p.status?.conditions;
  if (!conditions) return undefined;
  for (let i = 0; i < conditions.length; i++) if (conditions[i].type === "Ready") return conditions[i];
  return undefined;
}

function sameReadiness(p: Pod, old: Pod): boolean {
  const a = readyCondition(p);
  const b = readyCondition(old);
  if (!a || !b) return a === b;
  return a.status === b.status && (a.lastTransitionTime ?? "") === (b.lastTransitionTime ?? "");
}

/** Whether a change to a pod can change what its controller computes (counts, readiness, ownership). */
export function podChangeMatters(p: Pod, old: Pod | undefined): boolean {
  if (!old) return true;
  return (
    p.status?.phase !== old.status?.phase ||
    p.metadata.deletionTimestamp !== old.metadata.deletionTimestamp ||
    p.spec.nodeName !== old.spec.nodeName ||
    !deepEqual(p.metadata.labels, old.metadata.labels) ||
    !deepEqual(p.metadata.ownerReferences, old.metadata.ownerReferences) ||
    !sameReadiness(p, old)
  );
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

/** Whether the change alters which pods a controller counts (not only their readiness). */
export function podMembershipChanged(p: Pod, old: Pod | undefined): boolean {
  if (!old) return true;
  return (
    p.metadata.deletionTimestamp !== old.metadata.deletionTimestamp ||
    isPodActive(p) !== isPodActive(old) ||
    !deepEqual(p.metadata.labels, old.metadata.labels) ||
    !deepEqual(p.metadata.ownerReferences, old.metadata.ownerReferences)
  );
}

// Readiness-only changes are batched for this long, as status updates from many kubelets arrive together.
export const STATUS_BATCH_MS = 100;
