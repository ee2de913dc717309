/**
 * PURPOSE: `kubectl describe role|clusterrole|rolebinding|clusterrolebinding`: the rules as a
 * Resources / Non-Resource URLs / Resource Names / Verbs table, and a binding's role and subjects.
 * MODELS: https://kubernetes.io/docs/reference/access-authn-authz/rbac/
 * NOT MODELLED: aggregation rules; rules are listed one row per resource as given, not merged.
 */
import type { ClusterRole, ClusterRoleBinding, KubeObject, PolicyRule, Role, RoleBinding } from "../../../../api/types";
import { createWriter } from "./writer";

const list = (items: string[] | undefined) => `[${(items ?? []).join(" ")}]`;

function ruleRows(rules: PolicyRule[]): string[] {
  const rows: string[] = [];
  for (const rule of rules) {
    const groups = rule.apiGroups ?? [""];
    for (const resource of rule.resources ?? []) {
      for (const group of groups) rows.push(`${group ? `${resource}.${group}` : resource}\t${list(rule.nonResourceURLs)}\t${list(rule.resourceNames)}\t${list(rule.verbs)}`);
    }
    for (const url of rule.nonResourceURLs ?? []) if (!rule.resources?.length) rows.push(`\t[${url}]\t[]\t${list(rule.verbs)}`);
  }
  return rows.sort();
}

export function describeRbac(obj: KubeObject): string {
  const w = createWriter();
  w.line(0, `Name:\t${obj.metadata.name ?? ""}`);
  w.labels(0, "Labels", obj.metadata.labels);
  w.annotations(0, "Annotations", obj.metadata.annotations);
  if (obj.kind === "Role" || obj.kind === "ClusterRole") {
    w.line(0, "PolicyRule:");
    w.line(1, "Resources\tNon-Resource URLs\tResource Names\tVerbs");
    w.line(1, "---------\t-----------------\t--------------\t-----");
    for (const row of ruleRows((obj as Role | ClusterRole).rules ?? [])) w.line(1, row);
    return w.text();
  }
  const binding = obj as RoleBinding | ClusterRoleBinding;
  w.line(0, "Role:");
  w.line(1, `Kind:\t${binding.roleRef.kind}`);
  w.line(1, `Name:\t${binding.roleRef.name}`);
  w.line(0, "Subjects:");
  w.line(1, "Kind\tName\tNamespace");
  w.line(1, "----\t----\t---------");
  for (const s of binding.subjects ?? []) w.line(1, `${s.kind}\t${s.name}\t${s.namespace ?? ""}`);
  return w.text();
}
