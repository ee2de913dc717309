/**
 * PURPOSE: requests of the pod plus requests already on the node must fit the
 * node's allocatable CPU, memory and pod count (110 by default).
 * MODELS: https://kubernetes.io/docs/concepts/scheduling-eviction/resource-bin-packing/ and
 * https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/#how-pods-with-resource-requests-are-scheduled
 * NOT MODELLED: extended resources, ephemeral storage.
 */
import { type FilterPlugin, SUCCESS } from "./types";

export const nodeResourcesFit: FilterPlugin = {
  name: "NodeResourcesFit",
  filter(pod, info) {
    const r = pod.requests;
    const tooMany = info.podCount + 1 > info.allocatable.pods;
    const cpu = r.cpu > 0 && r.cpu > info.allocatable.cpu - info.requested.cpu;
    const memory = r.memory > 0 && r.memory > info.allocatable.memory - info.requested.memory;
    if (!tooMany && !cpu && !memory) return SUCCESS;
    const reasons: string[] = [];
    if (tooMany) reasons.push("Too many pods");
    if (cpu) reasons.push("Insufficient cpu");
    if (memory) reasons.push("Insufficient memory");
    return { code: "Unschedulable", reasons };
  },
};
