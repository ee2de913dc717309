/**
 * PURPOSE: cordoned nodes (spec.unschedulable) accept only pods that tolerate
 * the node.kubernetes.io/unschedulable:NoSchedule taint.
 * MODELS: https://kubernetes.io/docs/reference/scheduling/config/#scheduling-plugins (NodeUnschedulable)
 */
import { tolerates } from "./taint-toleration";
import { type FilterPlugin, SUCCESS, unschedulable } from "./types";

export const nodeUnschedulable: FilterPlugin = {
  name: "NodeUnschedulable",
  filter(pod, info) {
    if (!info.node.spec?.unschedulable) return SUCCESS;
    const ok = tolerates(pod.tolerations, { key: "node.kubernetes.io/unschedulable", effect: "NoSchedule" });
    return ok ? SUCCESS : unschedulable("node(s) were unschedulable", true);
  },
};
