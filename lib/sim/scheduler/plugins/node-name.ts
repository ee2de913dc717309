/**
 * PURPOSE: a pod that names a node (spec.nodeName set before scheduling) fits only there.
 * MODELS: https://kubernetes.io/docs/reference/scheduling/config/#scheduling-plugins (NodeName)
 */
import { type FilterPlugin, SUCCESS, unschedulable } from "./types";

export const nodeName: FilterPlugin = {
  name: "NodeName",
  filter(pod, info) {
    const wanted = pod.pod.spec.nodeName;
    if (!wanted || wanted === info.name) return SUCCESS;
    return unschedulable("node(s) didn't match the requested node name", true);
  },
};
