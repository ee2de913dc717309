/**
 * PURPOSE: NoSchedule and NoExecute taints repel pods that do not tolerate them.
 * MODELS: https://kubernetes.io/docs/concepts/scheduling-eviction/taint-and-toleration/
 * NOT MODELLED: PreferNoSchedule scoring.
 */
import type { Taint, Toleration } from "../../api/types";
import { type FilterPlugin, SUCCESS, unschedulable } from "./types";

export function toleratesTaint(t: Toleration, taint: Pick<Taint, "key" | "value" | "effect">): boolean {
  if (t.effect && t.effect !== taint.effect) return false;
  if (t.key && t.key !== taint.key) return false;
  if (!t.key && t.operator !== "Exists") return false;
  if (t.operator === "Exists") return true;
  return (t.value ?? "") === (taint.value ?? "");
}

export function tolerates(tolerations: Toleration[], taint: Pick<Taint, "key" | "value" | "effect">): boolean {
  return tolerations.some((t) => toleratesTaint(t, taint));
}

export const taintToleration: FilterPlugin = {
  name: "TaintToleration",
  filter(pod, info) {
    const taints = info.node.spec?.taints;
    if (!taints) return SUCCESS;
    const tolerations = pod.tolerations;
    for (const taint of taints) {
      if (taint.effect !== "NoSchedule" && taint.effect !== "NoExecute") continue;
      if (!tolerates(tolerations, taint)) {
        return unschedulable(`node(s) had untolerated taint {${taint.key}: ${taint.value ?? ""}}`, true);
      }
    }
    return SUCCESS;
  },
};
