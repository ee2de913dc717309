/**
 * PURPOSE: node scores: LeastAllocated (prefer emptier nodes) and spreading of a
 * controller's pods across nodes, each 0..100, combined with their weights.
 * MODELS: https://kubernetes.io/docs/concepts/scheduling-eviction/resource-bin-packing/ and
 * https://kubernetes.io/docs/concepts/scheduling-eviction/topology-spread-constraints/#internal-default-constraints
 * NOT MODELLED: zone spreading, image locality, inter-pod affinity, balanced allocation.
 */
import type { NodeInfo } from "../node-info";
import type { PodInfo } from "../pod-info";

function freeShare(alloc: number, used: number): number {
  return alloc <= 0 || used > alloc ? 0 : ((alloc - used) * 100) / alloc;
}

export function leastAllocatedScore(pod: PodInfo, info: NodeInfo): number {
  const cpu = freeShare(info.allocatable.cpu, info.nonZeroRequested.cpu + pod.nonZero.cpu);
  const mem = freeShare(info.allocatable.memory, info.nonZeroRequested.memory + pod.nonZero.memory);
  return Math.floor((cpu + mem) / 2);
}

/** counts: pods of the same controller per node name; fewer pods there scores higher. */
export function spreadScore(counts: ReadonlyMap<string, number> | undefined, node: string, maxCount: number): number {
  if (!counts || maxCount === 0) return 100;
  return Math.floor(((maxCount - (counts.get(node) ?? 0)) * 100) / maxCount);
}

export const LEAST_ALLOCATED_WEIGHT = 1;
export const SPREAD_WEIGHT = 2;
