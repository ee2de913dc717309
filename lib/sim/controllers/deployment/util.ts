/**
 * PURPOSE: Deployment arithmetic: maxSurge/maxUnavailable from ints or
 * percentages, revisions, template equality ignoring the hash label.
 * MODELS: https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#max-surge
 */
import { deepEqual } from "../../core/clone";
import type { Deployment, IntOrString, PodTemplateSpec, ReplicaSet } from "../../api/types";

export const REVISION = "deployment.kubernetes.io/revision";
export const DESIRED_REPLICAS = "deployment.kubernetes.io/desired-replicas";
export const MAX_REPLICAS = "deployment.kubernetes.io/max-replicas";
export const HASH_LABEL = "pod-template-hash";

export function scaledValue(v: IntOrString | undefined, total: number, roundUp: boolean): number {
  if (v === undefined) return 0;
  if (typeof v === "number") return v;
  if (/^\d+$/.test(v)) return Number(v);
  const pct = Number(v.replace("%", ""));
  const raw = (pct * total) / 100;
  return roundUp ? Math.ceil(raw) : Math.floor(raw);
}

/** maxSurge rounds up, maxUnavailable down; both zero means maxUnavailable 1 (ResolveFenceposts). */
export function resolveFenceposts(d: Deployment): { maxSurge: number; maxUnavailable: number } {
  const replicas = d.spec.replicas ?? 1;
  if (d.spec.strategy?.type === "Recreate") return { maxSurge: 0, maxUnavailable: 0 };
  const ru = d.spec.strategy?.rollingUpdate ?? {};
  const maxSurge = scaledValue(ru.maxSurge ?? "25%", replicas, true);
  let maxUnavailable = scaledValue(ru.maxUnavailable ?? "25%", replicas, false);
  if (maxSurge === 0 && maxUnavailable === 0) maxUnavailable = 1;
  return { maxSurge, maxUnavailable };
}

export function maxUnavailable(d: Deployment): number {
  const replicas = d.spec.replicas ?? 1;
  if (d.spec.strategy?.type === "Recreate" || replicas === 0) return 0;
  return Math.min(resolveFenceposts(d).maxUnavailable, replicas);
}

export function revisionOf(rs: ReplicaSet): number {
  return Number(rs.metadata.annotations?.[REVISION] ?? 0);
}

/**
 * Whether two pod templates are the same apart from the pod-template-hash label, which a ReplicaSet adds to
 * the Deployment's template. Compared in place: the controller asks for every owned ReplicaSet on every
 * reconcile, and a ReplicaSet's template is a new object after each of its updates.
 */
export function sameTemplate(a: PodTemplateSpec, b: PodTemplateSpec): boolean {
  if (a === b) return true;
  if (!deepEqual(a.spec, b.spec)) return false;
  const { labels: labelsA, ...restA } = a.metadata ?? {};
  const { labels: labelsB, ...restB } = b.metadata ?? {};
  return deepEqual(restA, restB) && sameLabelsWithoutHash(labelsA ?? {}, labelsB ?? {});
}

function sameLabelsWithoutHash(a: Record<string, string>, b: Record<string, string>): boolean {
  let count = 0;
  for (const k in a) {
    if (k === HASH_LABEL) continue;
    if (a[k] !== b[k]) return false;
    count++;
  }
  for (const k in b) if (k !== HASH_LABEL) count--;
  return count === 0;
}

export function replicasOf(rs: ReplicaSet): number {
  return rs.spec.replicas ?? 0;
}

export function sumReplicas(list: ReplicaSet[]): number {
  return list.reduce((n, rs) => n + replicasOf(rs), 0);
}

export function sumAvailable(list: ReplicaSet[]): number {
  return list.reduce((n, rs) => n + (rs.status?.availableReplicas ?? 0), 0);
}

export function byCreation(a: ReplicaSet, b: ReplicaSet): number {
  const x = a.metadata.creationTimestamp ?? "";
  const y = b.metadata.creationTimestamp ?? "";
  if (x !== y) return x < y ? -1 : 1;
  return (a.metadata.name ?? "") < (b.metadata.name ?? "") ? -1 : 1;
}
