/**
 * PURPOSE: requests of the pod plus requests already on the node must fit the
 * node's allocatable CPU, memory and pod count (110 by default).
 * MODELS: https://kubernetes.io/docs/concepts/scheduling-eviction/resource-bin-packing/ and
 * https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/#how-pods-with-resource-requests-are-scheduled
 * NOT MODELLED: extended resources, ephemeral storage.
 */
import { podRequests } from "../node-info";
import { type FilterPlugin, SUCCESS } from "./types";

export const nodeResourcesFit: FilterPlugin = {
  name: "NodeResourcesFit",
  filter(pod, info) {
    const reasons: string[] = [];
    if (info.podCount + 1 > info.allocatable.pods) reasons.push("Too many pods");
    const r = podRequests(pod);
    if (r.cpu > 0 && r.cpu > info.allocatable.cpu - info.requested.cpu) reasons.push("Insufficient cpu");
    if (r.memory > 0 && r.memory > info.allocatable.memory - info.requested.memory) reasons.push("Insufficient memory");
    return reasons.length === 0 ? SUCCESS : { code: "Unschedulable", reasons };
  },
};
