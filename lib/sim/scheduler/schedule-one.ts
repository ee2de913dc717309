/**
 * PURPOSE: one scheduling decision: filter a sample of nodes (as
 * percentageOfNodesToScore does for big clusters), score the feasible ones, pick
 * the best with a seeded tie-break.
 * MODELS: https://kubernetes.io/docs/concepts/scheduling-eviction/kube-scheduler/#kube-scheduler-implementation
 * and https://kubernetes.io/docs/concepts/scheduling-eviction/scheduler-perf-tuning/
 * NOT MODELLED: extenders, preemption, permit/reserve plugins.
 */
import type { Pod } from "../api/types";
import type { Rng } from "../core/rng";
import { formatFitError, type NodeVerdict } from "./fit-error";
import type { NodeInfo } from "./node-info";
import { DYNAMIC_PLUGINS, FILTER_PLUGINS, STATIC_PLUGINS } from "./plugins";
import { requiredNodeNames } from "./plugins/node-affinity";
import { LEAST_ALLOCATED_WEIGHT, leastAllocatedScore, SPREAD_WEIGHT, spreadScore } from "./plugins/scoring";
import { type FilterResult, SUCCESS } from "./plugins/types";
import { createPodInfo, type PodInfo } from "./pod-info";

const STATIC = [...STATIC_PLUGINS];
const DYNAMIC = [...DYNAMIC_PLUGINS];
const ALL = [...FILTER_PLUGINS];

function runStatic(pod: PodInfo, info: NodeInfo): FilterResult {
  for (let i = 0; i < STATIC.length; i++) {
    const r = STATIC[i].filter(pod, info);
    if (r.code !== "Success") return r;
  }
  return SUCCESS;
}

/** Static verdicts per node position, shared by pods with the same scheduling constraints until nodes change. */
export type StaticCache = (FilterResult | undefined)[];

function filterNode(pod: PodInfo, info: NodeInfo, cache: StaticCache | undefined, index: number): FilterResult {
  let r = cache?.[index];
  if (r === undefined) {
    r = runStatic(pod, info);
    if (cache) cache[index] = r;
  }
  if (r.code !== "Success") return r;
  for (let i = 0; i < DYNAMIC.length; i++) {
    const d = DYNAMIC[i].filter(pod, info);
    if (d.code !== "Success") return d;
  }
  return SUCCESS;
}

export type ScheduleOutcome = { node: string; evaluated: number } | { error: string; evaluated: number };

export function runFilters(pod: PodInfo, info: NodeInfo): FilterResult {
  for (let i = 0; i < ALL.length; i++) {
    const r = ALL[i].filter(pod, info);
    if (r.code !== "Success") return r;
  }
  return SUCCESS;
}

/** As the scheduler's adaptive percentageOfNodesToScore: all nodes below 100, then 50% minus n/125, at least 100. */
export function numFeasibleNodesToFind(numAllNodes: number): number {
  if (numAllNodes < 100) return numAllNodes;
  const percentage = Math.max(5, 50 - Math.floor(numAllNodes / 125));
  return Math.max(100, Math.floor((numAllNodes * percentage) / 100));
}

// Reused buffers with their own fill count: truncating an array (length = 0) drops its backing store, so
// refilling it for every pod would allocate again.
const feasibleBuffer: NodeInfo[] = [];
const countsBuffer: number[] = [];

type ScheduleConfig = {
  rng: Rng;
  startIndex: number;
  spread?: ReadonlyMap<string, number>;
  staticCache?: StaticCache;
  /** Where a node is in `nodes`, for visiting only the nodes a pod's affinity names. */
  positionOf?: (node: string) => number | undefined;
};

/**
 * The feasible nodes among those the pod's required affinity names, visited in the order of the rotating
 * scan, put in the feasible buffer; their number, or undefined when the pod does not name its nodes or
 * names as many as the scan wants.
 */
function filterNamedNodes(pod: PodInfo, nodes: readonly NodeInfo[], config: ScheduleConfig, want: number): number | undefined {
  const names = config.positionOf ? requiredNodeNames(pod.pod) : undefined;
  if (!names || names.size === 0 || names.size >= want) return undefined;
  const n = nodes.length;
  const offsets: number[] = [];
  for (const name of names) {
    const index = config.positionOf!(name);
    if (index !== undefined) offsets.push((((index - config.startIndex) % n) + n) % n);
  }
  offsets.sort((a, b) => a - b);
  let count = 0;
  for (const offset of offsets) {
    const index = (config.startIndex + offset) % n;
    if (filterNode(pod, nodes[index], config.staticCache, index).code === "Success") feasibleBuffer[count++] = nodes[index];
  }
  return count;
}

export function scheduleOne(pod: Pod, nodes: readonly NodeInfo[], config: ScheduleConfig): ScheduleOutcome {
  const info0 = createPodInfo(pod);
  const n = nodes.length;
  const want = numFeasibleNodesToFind(n);
  // A DaemonSet pod can only land on its own node (NodeAffinity's PreFilter). When that node fits, the
  // scan over every node would have found it and nothing else, and counted all n nodes as evaluated.
  const named = filterNamedNodes(info0, nodes, config, want);
  if (named) return pick(info0, named, config, n);
  // Indexed loops over a reused buffer: this runs for hundreds of nodes per pod.
  let count = 0;
  let evaluated = 0;
  for (let i = 0; i < n && count < want; i++) {
    const index = (config.startIndex + i) % n;
    const info = nodes[index];
    evaluated++;
    if (filterNode(info0, info, config.staticCache, index).code === "Success") feasibleBuffer[count++] = info;
  }
  if (count === 0) return { error: formatFitError(n, verdictsOf(info0, nodes, config)), evaluated };
  return pick(info0, count, config, evaluated);
}

/**
 * Every node's verdict, for the message of a pod that fits nowhere. Gathered again only then: filters
 * depend only on the pod and the nodes, and most pods fit somewhere.
 */
function verdictsOf(pod: PodInfo, nodes: readonly NodeInfo[], config: ScheduleConfig): NodeVerdict[] {
  const verdicts: NodeVerdict[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const index = (config.startIndex + i) % nodes.length;
    verdicts.push(filterNode(pod, nodes[index], config.staticCache, index));
  }
  return verdicts;
}

/** Scores the first `count` nodes of the feasible buffer and picks the best, ties broken by the seeded random source. */
function pick(info0: PodInfo, count: number, config: ScheduleConfig, evaluated: number): ScheduleOutcome {
  const feasible = feasibleBuffer;
  if (count === 1) return { node: feasible[0].name, evaluated };
  const spread = config.spread;
  const counts = countsBuffer;
  let maxCount = 0;
  for (let i = 0; i < count; i++) {
    const c = spread?.get(feasible[i].name) ?? 0;
    counts[i] = c;
    if (c > maxCount) maxCount = c;
  }
  let best = -1;
  let chosen = feasible[0].name;
  let ties = 0;
  for (let i = 0; i < count; i++) {
    const info = feasible[i];
    const score = LEAST_ALLOCATED_WEIGHT * leastAllocatedScore(info0, info) + SPREAD_WEIGHT * spreadScore(counts[i], maxCount);
    if (score > best) {
      best = score;
      chosen = info.name;
      ties = 1;
    } else if (score === best) {
      ties++;
      if (config.rng.int(ties) === 0) chosen = info.name;
    }
  }
  return { node: chosen, evaluated };
}
