/**
 * PURPOSE: nodeSelector and requiredDuringSchedulingIgnoredDuringExecution node affinity.
 * MODELS: https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node/#node-affinity
 * NOT MODELLED: preferred affinity scoring.
 */
import type { Node, NodeSelectorRequirement, NodeSelectorTerm, Pod } from "../../api/types";
import { type FilterPlugin, SUCCESS, unschedulable } from "./types";

function matchRequirement(r: NodeSelectorRequirement, value: string | undefined): boolean {
  const has = value !== undefined;
  const values = r.values ?? [];
  switch (r.operator) {
    case "In":
      return has && values.includes(value as string);
    case "NotIn":
      return !has || !values.includes(value as string);
    case "Exists":
      return has;
    case "DoesNotExist":
      return !has;
    case "Gt":
      return has && Number(value) > Number(values[0]);
    case "Lt":
      return has && Number(value) < Number(values[0]);
  }
}

export function matchesTerm(term: NodeSelectorTerm, node: Node): boolean {
  const exprs = term.matchExpressions ?? [];
  const fields = term.matchFields ?? [];
  if (exprs.length === 0 && fields.length === 0) return false;
  const labels = node.metadata.labels ?? {};
  for (const r of exprs) if (!matchRequirement(r, Object.prototype.hasOwnProperty.call(labels, r.key) ? labels[r.key] : undefined)) return false;
  for (const r of fields) if (!matchRequirement(r, r.key === "metadata.name" ? node.metadata.name : undefined)) return false;
  return true;
}

export const nodeAffinity: FilterPlugin = {
  name: "NodeAffinity",
  filter(pod, info) {
    const labels = info.node.metadata.labels ?? {};
    for (const [k, v] of pod.nodeSelector) {
      if (labels[k] !== v) return unschedulable("node(s) didn't match Pod's node affinity/selector", true);
    }
    const required = pod.pod.spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution;
    if (required && !required.nodeSelectorTerms.some((t) => matchesTerm(t, info.node))) {
      return unschedulable("node(s) didn't match Pod's node affinity/selector", true);
    }
    return SUCCESS;
  },
};

/**
 * NodeAffinity's PreFilter: when every required term names its nodes (`metadata.name In [...]` in
 * matchFields, as DaemonSet pods do), only those nodes can pass; undefined when any node might.
 */
export function requiredNodeNames(pod: Pod): Set<string> | undefined {
  const terms = pod.spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms;
  if (!terms || terms.length === 0) return undefined;
  const names = new Set<string>();
  for (const term of terms) {
    let termNames: Set<string> | undefined;
    for (const r of term.matchFields ?? []) {
      if (r.key !== "metadata.name" || r.operator !== "In") continue;
      const values = new Set(r.values ?? []);
      termNames = termNames ? new Set([...termNames].filter((n) => values.has(n))) : values;
    }
    if (!termNames) return undefined;
    for (const n of termNames) names.add(n);
  }
  return names;
}
