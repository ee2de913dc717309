/**
 * PURPOSE: the Recreate strategy: scale every old ReplicaSet to zero, wait until
 * their pods are gone, then scale the new one up.
 * MODELS: https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#recreate-deployment
 */
import type { Deployment, ReplicaSet } from "../../api/types";
import { type RsOps, scaleReplicaSet } from "./rs-ops";

export function rolloutRecreate(
  ops: RsOps,
  d: Deployment,
  newRS: ReplicaSet,
  old: ReplicaSet[],
  revision: number,
  oldPodsRunning: number,
): { newRS: ReplicaSet; old: ReplicaSet[] } {
  const scaledOld = old.map((rs) => ((rs.spec.replicas ?? 0) > 0 ? scaleReplicaSet(ops, d, rs, 0) : rs));
  if (oldPodsRunning > 0 || scaledOld.some((rs) => (rs.status?.replicas ?? 0) > 0)) {
    return { newRS: scaleReplicaSet(ops, d, newRS, newRS.spec.replicas ?? 0, revision), old: scaledOld };
  }
  return { newRS: scaleReplicaSet(ops, d, newRS, d.spec.replicas ?? 1, revision), old: scaledOld };
}
