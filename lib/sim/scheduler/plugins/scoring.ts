/**
 * PURPOSE: node scores: LeastAllocated (prefer emptier nodes) and spreading of a
 * controller's pods across nodes, each 0..100, combined with their weights.
 * MODELS: https://kubernetes.io/docs/concepts/scheduling-eviction/resource-bin-packing/ and
 * https://kubernetes.io/docs/concepts/scheduling-eviction/topology-spread-constraints/#internal-default-constraints
 * NOT MODELLED: zone spreading, image locality, inter-pod affinity, balanced allocation.
 */
import type { Pod } from "../../api/types";
import { type NodeInfo, podRequests } from "../node-info";

export function leastAllocatedScore(pod: Pod, info: NodeInfo): number {
  const r = podRequests(pod, true);
  const part = (alloc: number, used: number) => (alloc <= 0 || used > alloc ? 0 : ((alloc - used) * 100) / alloc);
  const cpu = part(info.allocatable.cpu, info.nonZeroRequested.cpu + r.cpu);
  const mem = part(info.allocatable.memory, info.nonZeroRequested.memory + r.memory);
  return Math.floor((cpu + mem) / 2);
}

/** counts: pods of the same controller per node name; fewer pods there scores higher. */
export function spreadScore(counts: ReadonlyMap<string, number> | undefined, node: string, maxCount: number): number {
  if (!counts || maxCount === 0) return 100;
  return Math.floor(((maxCount - (counts.get(node) ?? 0)) * 100) / maxCount);
}

export const LEAST_ALLOCATED_WEIGHT = 1;
export const SPREAD_WEIGHT = 2;
