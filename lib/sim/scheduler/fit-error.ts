/**
 * PURPOSE: the FailedScheduling message: a histogram of filter reasons over all
 * nodes, then what preemption concluded, worded as the scheduler's FitError.
 * MODELS: https://kubernetes.io/docs/concepts/scheduling-eviction/kube-scheduler/ and
 * https://kubernetes.io/docs/concepts/scheduling-eviction/pod-priority-preemption/
 * NOT MODELLED: preemption itself (every pod has the same priority here).
 */
import type { FilterCode } from "./plugins/types";

export type NodeVerdict = { code: FilterCode; reasons: string[] };

function histogram(entries: string[]): string {
  const counts = new Map<string, number>();
  for (const e of entries) counts.set(e, (counts.get(e) ?? 0) + 1);
  return [...counts].map(([reason, n]) => `${n} ${reason}`).sort().join(", ");
}

export function formatFitError(numNodes: number, verdicts: NodeVerdict[]): string {
  const head = `0/${numNodes} nodes are available`;
  if (numNodes === 0) return `no nodes available to schedule pods`;
  const reasons = histogram(verdicts.flatMap((v) => v.reasons));
  const preemption = histogram(
    verdicts.map((v) => (v.code === "UnschedulableAndUnresolvable" ? "Preemption is not helpful for scheduling" : "No preemption victims found for incoming pod")),
  );
  return `${head}: ${reasons}. preemption: ${head}: ${preemption}..`;
}
