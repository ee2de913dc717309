/**
 * PURPOSE: the filter plugin contract: a verdict per node, with the reasons the
 * FailedScheduling message counts.
 * MODELS: https://kubernetes.io/docs/reference/scheduling/config/#scheduling-plugins
 */
import type { NodeInfo } from "../node-info";
import type { PodInfo } from "../pod-info";

export type FilterCode = "Success" | "Unschedulable" | "UnschedulableAndUnresolvable";
export type FilterResult = { code: FilterCode; reasons: string[] };
export type FilterPlugin = { name: string; filter(pod: PodInfo, node: NodeInfo): FilterResult };

export const SUCCESS: FilterResult = { code: "Success", reasons: [] };

const verdicts = new Map<string, FilterResult>();

/** A shared verdict per reason: filters run for every node of every pod. */
export function unschedulable(reason: string, unresolvable = false): FilterResult {
  const key = `${unresolvable ? "U" : "u"}${reason}`;
  let verdict = verdicts.get(key);
  if (!verdict) {
    verdict = Object.freeze({ code: unresolvable ? "UnschedulableAndUnresolvable" : "Unschedulable", reasons: Object.freeze([reason]) as string[] });
    verdicts.set(key, verdict);
  }
  return verdict;
}
