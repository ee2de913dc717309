/**
 * PURPOSE: requests of the pod plus requests already on the node must fit the
 * node's allocatable CPU, memory and pod count (110 by default).
 * MODELS: https://kubernetes.io/docs/concepts/scheduling-eviction/resource-bin-packing/ and
 * https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/#how-pods-with-resource-requests-are-scheduled
 * NOT MODELLED: extended resources, ephemeral storage.
 */
import { type FilterPlugin, type FilterResult, SUCCESS } from "./types";

// One shared verdict per combination of reasons: this runs for every node of every pod, and most nodes of a
// filling cluster fail it.
const VERDICTS: FilterResult[] = Array.from({ length: 8 }, (_, bits) => {
  const reasons: string[] = [];
  if (bits & 1) reasons.push("Too many pods");
  if (bits & 2) reasons.push("Insufficient cpu");
  if (bits & 4) reasons.push("Insufficient memory");
  return bits === 0 ? SUCCESS : Object.freeze({ code: "Unschedulable" as const, reasons: Object.freeze(reasons) as string[] });
});

export const nodeResourcesFit: FilterPlugin = {
  name: "NodeResourcesFit",
  filter(pod, info) {
    const r = pod.requests;
    const tooMany = info.podCount + 1 > info.allocatable.pods;
    const cpu = r.cpu > 0 && r.cpu > info.allocatable.cpu - info.requested.cpu;
    const memory = r.memory > 0 && r.memory > info.allocatable.memory - info.requested.memory;
    return VERDICTS[(tooMany ? 1 : 0) | (cpu ? 2 : 0) | (memory ? 4 : 0)]!;
  },
};
