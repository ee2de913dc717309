/**
 * PURPOSE: how the ReplicaSet controller creates pods from its template and
 * which pods it deletes first when scaling down.
 * MODELS: https://kubernetes.io/docs/concepts/workloads/controllers/replicaset/#scaling-a-replicaset
 * NOT MODELLED: the pod-deletion-cost annotation, the logarithmic age buckets of the ranking.
 */
import type { OwnerReference, Pod, ReplicaSet } from "../../api/types";
import { parseTimestamp } from "../../core/time";
import { isPodReady } from "../shared/pod-util";
import { flat } from "../../core/strings";

export function ownerRef(owner: { apiVersion: string; kind: string; metadata: { name?: string; uid?: string } }): OwnerReference {
  return {
    apiVersion: owner.apiVersion,
    kind: owner.kind,
    name: owner.metadata.name ?? "",
    uid: owner.metadata.uid ?? "",
    controller: true,
    blockOwnerDeletion: true,
  };
}

/** The API server copies what it stores, so the template is referenced, not cloned. */
export function podFromTemplate(rs: ReplicaSet): Pod {
  const t = rs.spec.template;
  const meta = t.metadata ?? {};
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: {
      generateName: flat`${rs.metadata.name}-`,
      namespace: rs.metadata.namespace,
      labels: meta.labels,
      annotations: meta.annotations,
      ownerReferences: [ownerRef(rs)],
    },
    spec: t.spec,
  };
}

const PHASE_RANK: Record<string, number> = { Pending: 0, Unknown: 1, Running: 2 };

function restarts(p: Pod): number {
  return (p.status?.containerStatuses ?? []).reduce((n, c) => n + c.restartCount, 0);
}

function created(p: Pod): number {
  return p.metadata.creationTimestamp ? parseTimestamp(p.metadata.creationTimestamp) : 0;
}

/** Negative when a should be deleted before b: unscheduled, pending, not ready, more restarts, newer. */
export function compareForDeletion(a: Pod, b: Pod): number {
  const as = a.spec.nodeName ? 1 : 0;
  const bs = b.spec.nodeName ? 1 : 0;
  if (as !== bs) return as - bs;
  const ap = PHASE_RANK[a.status?.phase ?? "Pending"] ?? 0;
  const bp = PHASE_RANK[b.status?.phase ?? "Pending"] ?? 0;
  if (ap !== bp) return ap - bp;
  const ar = isPodReady(a) ? 1 : 0;
  const br = isPodReady(b) ? 1 : 0;
  if (ar !== br) return ar - br;
  const rr = restarts(b) - restarts(a);
  if (rr !== 0) return rr;
  const age = created(b) - created(a);
  if (age !== 0) return age;
  return (a.metadata.name ?? "") < (b.metadata.name ?? "") ? -1 : 1;
}
