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

/** count: pods of the same controller on the node; maxCount: the most on any feasible node. Fewer scores higher. */
export function spreadScore(count: number, maxCount: number): number {
  if (maxCount === 0) return 100;
  return Math.floor(((maxCount - count) * 100) / maxCount);
}

export const LEAST_ALLOCATED_WEIGHT = 1;
export const SPREAD_WEIGHT = 2;
