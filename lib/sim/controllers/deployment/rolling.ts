/**
 * PURPOSE: one step of a rolling update: scale the new ReplicaSet up within
 * maxSurge, then scale old ones down while keeping replicas - maxUnavailable available.
 * MODELS: https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#rolling-update-deployment
 * NOT MODELLED: proportional scaling of several ReplicaSets when the Deployment is resized mid-rollout.
 */
import type { Deployment, ReplicaSet } from "../../api/types";
import { type RsOps, scaleReplicaSet } from "./rs-ops";
import { byCreation, maxUnavailable, replicasOf, resolveFenceposts, sumAvailable, sumReplicas } from "./util";

export function newReplicasForRollingUpdate(d: Deployment, all: ReplicaSet[], newRS: ReplicaSet): number {
  const replicas = d.spec.replicas ?? 1;
  const current = replicasOf(newRS);
  if (current >= replicas) return replicas;
  const maxTotal = replicas + resolveFenceposts(d).maxSurge;
  const total = sumReplicas(all);
  if (total >= maxTotal) return current;
  return current + Math.min(maxTotal - total, replicas - current);
}

function reconcileOld(ops: RsOps, d: Deployment, all: ReplicaSet[], old: ReplicaSet[], newRS: ReplicaSet): ReplicaSet[] {
  if (sumReplicas(old) === 0) return old;
  const replicas = d.spec.replicas ?? 1;
  const minAvailable = replicas - maxUnavailable(d);
  const newUnavailable = replicasOf(newRS) - (newRS.status?.availableReplicas ?? 0);
  const maxScaledDown = sumReplicas(all) - minAvailable - newUnavailable;
  if (maxScaledDown <= 0) return old;
  const sorted = [...old].sort(byCreation);
  let remaining = maxScaledDown;
  const result = new Map(sorted.map((rs) => [rs.metadata.name, rs]));
  for (const rs of sorted) {
    if (remaining <= 0) break;
    const unhealthy = replicasOf(rs) - (rs.status?.availableReplicas ?? 0);
    if (replicasOf(rs) === 0 || unhealthy <= 0) continue;
    const down = Math.min(remaining, unhealthy);
    result.set(rs.metadata.name, scaleReplicaSet(ops, d, rs, replicasOf(rs) - down));
    remaining -= down;
  }
  const afterCleanup = [...result.values()];
  const allNow = [...afterCleanup, newRS];
  let budget = sumAvailable(allNow) - minAvailable;
  for (const rs of afterCleanup.sort(byCreation)) {
    if (budget <= 0) break;
    if (replicasOf(rs) === 0) continue;
    const down = Math.min(replicasOf(rs), budget);
    result.set(rs.metadata.name, scaleReplicaSet(ops, d, rs, replicasOf(rs) - down));
    budget -= down;
  }
  return [...result.values()];
}

export function rolloutRolling(ops: RsOps, d: Deployment, newRS: ReplicaSet, old: ReplicaSet[], revision: number): { newRS: ReplicaSet; old: ReplicaSet[] } {
  const all = [newRS, ...old];
  const scaled = scaleReplicaSet(ops, d, newRS, newReplicasForRollingUpdate(d, all, newRS), revision);
  return { newRS: scaled, old: reconcileOld(ops, d, [scaled, ...old], old, scaled) };
}
