/**
 * PURPOSE: RBAC authorization: a request is allowed when a rule of a role bound
 * to the user, one of their groups, or their service account allows it.
 * MODELS: https://kubernetes.io/docs/reference/access-authn-authz/rbac/
 * NOT MODELLED: aggregated ClusterRoles, escalation checks on role writes,
 * checking nonResourceURLs (they are only listed), impersonation.
 */
import type { ClusterRole, ClusterRoleBinding, PolicyRule, Role, RoleBinding, Subject } from "../../api/types";
import type { UserInfo } from "../client";

export type Attributes = {
  verb: string;
  group: string;
  resource: string;
  subresource?: string;
  namespace?: string;
  name?: string;
};

export type RbacSource = {
  clusterRoleBindings(): readonly ClusterRoleBinding[];
  roleBindings(namespace: string): readonly RoleBinding[];
  clusterRole(name: string): ClusterRole | undefined;
  role(namespace: string, name: string): Role | undefined;
};

function subjectMatches(s: Subject, user: UserInfo, bindingNamespace: string): boolean {
  if (s.kind === "User") return s.name === user.username;
  if (s.kind === "Group") return user.groups.includes(s.name);
  return user.username === `system:serviceaccount:${s.namespace ?? bindingNamespace}:${s.name}`;
}

function has(list: readonly string[] | undefined, v: string): boolean {
  return !!list && (list.includes("*") || list.includes(v));
}

export function ruleAllows(rule: PolicyRule, a: Attributes): boolean {
  if (!has(rule.verbs, a.verb)) return false;
  if (!has(rule.apiGroups, a.group)) return false;
  const resource = a.subresource ? `${a.resource}/${a.subresource}` : a.resource;
  const resources = rule.resources ?? [];
  const resourceOk =
    resources.includes("*") ||
    resources.includes(resource) ||
    (a.subresource !== undefined && resources.includes(`*/${a.subresource}`));
  if (!resourceOk) return false;
  if (rule.resourceNames && rule.resourceNames.length > 0) return !!a.name && rule.resourceNames.includes(a.name);
  return true;
}

function rulesOf(src: RbacSource, ref: { kind: string; name: string }, namespace: string): PolicyRule[] {
  if (ref.kind === "ClusterRole") return src.clusterRole(ref.name)?.rules ?? [];
  return src.role(namespace, ref.name)?.rules ?? [];
}

export function isAllowed(src: RbacSource, user: UserInfo, a: Attributes): boolean {
  if (user.groups.includes("system:masters")) return true;
  for (const b of src.clusterRoleBindings()) {
    if (!(b.subjects ?? []).some((s) => subjectMatches(s, user, ""))) continue;
    if (rulesOf(src, b.roleRef, "").some((r) => ruleAllows(r, a))) return true;
  }
  if (a.namespace) {
    for (const b of src.roleBindings(a.namespace)) {
      if (!(b.subjects ?? []).some((s) => subjectMatches(s, user, a.namespace as string))) continue;
      if (rulesOf(src, b.roleRef, a.namespace).some((r) => ruleAllows(r, a))) return true;
    }
  }
  return false;
}

/** Every rule that applies to the user in a namespace (cluster-wide bindings first), as a SelfSubjectRulesReview lists them. */
export function rulesFor(src: RbacSource, user: UserInfo, namespace: string): PolicyRule[] {
  if (user.groups.includes("system:masters")) return [{ apiGroups: ["*"], resources: ["*"], verbs: ["*"] }, { nonResourceURLs: ["*"], verbs: ["*"] }];
  const rules: PolicyRule[] = [];
  for (const b of src.clusterRoleBindings()) {
    if ((b.subjects ?? []).some((s) => subjectMatches(s, user, ""))) rules.push(...rulesOf(src, b.roleRef, ""));
  }
  for (const b of src.roleBindings(namespace)) {
    if ((b.subjects ?? []).some((s) => subjectMatches(s, user, namespace))) rules.push(...rulesOf(src, b.roleRef, namespace));
  }
  return rules;
}

/** The reason text of a 403, as the RBAC authorizer words it. */
export function forbiddenReason(user: UserInfo, a: Attributes): string {
  const resource = a.subresource ? `${a.resource}/${a.subresource}` : a.resource;
  const scope = a.namespace ? `in the namespace "${a.namespace}"` : "at the cluster scope";
  return `User "${user.username}" cannot ${a.verb} resource "${resource}" in API group "${a.group}" ${scope}`;
}

export function serviceAccountUser(namespace: string, name: string): UserInfo {
  return {
    username: `system:serviceaccount:${namespace}:${name}`,
    groups: ["system:serviceaccounts", `system:serviceaccounts:${namespace}`, "system:authenticated"],
  };
}
