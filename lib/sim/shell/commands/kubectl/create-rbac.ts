/**
 * PURPOSE: `kubectl create serviceaccount|role|clusterrole|rolebinding|clusterrolebinding`: generators for the
 * RBAC objects, with kubectl's rule grouping (one rule per API group) and subject order (users, groups,
 * service accounts).
 * MODELS: https://kubernetes.io/docs/reference/access-authn-authz/rbac/#command-line-utilities
 * NOT MODELLED: --aggregation-rule, --non-resource-url, checking verbs against what a resource supports.
 */
import type { ClusterRole, ClusterRoleBinding, PolicyRule, Role, RoleBinding, ServiceAccount, Subject } from "../../../api/types";
import { findResource } from "../../../api/resources";
import { KubectlError, type KubectlCommand } from "./command";
import { createGenerated, oneName } from "./create-workloads";
import { DRY_RUN_FLAG } from "./dry-run";
import { flagArray, flagString, type ParsedFlags } from "./flags";
import { OUTPUT_FLAG } from "./output";

const NULL_TIME = null as unknown as undefined;
const RBAC_GROUP = "rbac.authorization.k8s.io";
const VALID_VERBS = ["*", "get", "list", "watch", "create", "update", "patch", "delete", "deletecollection", "use", "bind", "escalate", "impersonate"];

/** Comma-separated values of a repeatable flag. */
function listFlag(flags: ParsedFlags, name: string): string[] {
  return flagArray(flags, name).flatMap((v) => v.split(",")).filter((v) => v !== "");
}

/** `--resource=pods,deployments.apps,pods/log` → one rule per API group, resources in the order given. */
function rulesFrom(flags: ParsedFlags): PolicyRule[] {
  const verbs = listFlag(flags, "verb");
  if (verbs.length === 0) throw new KubectlError("at least one verb must be specified");
  for (const v of verbs) if (!VALID_VERBS.includes(v)) throw new KubectlError(`invalid verb: '${v}'`);
  const resources = listFlag(flags, "resource");
  if (resources.length === 0) throw new KubectlError("at least one resource must be specified");
  const names = listFlag(flags, "resource-name");
  const byGroup = new Map<string, string[]>();
  for (const spec of resources) {
    const [typed, sub] = spec.split("/", 2);
    let resource = typed;
    let group: string | undefined;
    const known = findResource(typed);
    if (known) {
      resource = known.resource;
      group = known.group;
    } else if (typed.includes(".")) {
      const dot = typed.indexOf(".");
      resource = typed.slice(0, dot);
      group = typed.slice(dot + 1);
    }
    if (group === undefined || (!known && !findResource(resource))) throw new KubectlError(`the server doesn't have a resource type "${typed}"`);
    const list = byGroup.get(group) ?? [];
    list.push(sub ? `${resource}/${sub}` : resource);
    byGroup.set(group, list);
  }
  return [...byGroup].map(([group, res]) => ({ apiGroups: [group], resources: res, verbs, ...(names.length ? { resourceNames: names } : {}) }));
}

function subjectsFrom(flags: ParsedFlags): Subject[] {
  const subjects: Subject[] = [];
  for (const name of flagArray(flags, "user")) subjects.push({ apiGroup: RBAC_GROUP, kind: "User", name });
  for (const name of flagArray(flags, "group")) subjects.push({ apiGroup: RBAC_GROUP, kind: "Group", name });
  for (const sa of flagArray(flags, "serviceaccount")) {
    const parts = sa.split(":");
    if (parts.length !== 2 || !parts[0] || !parts[1]) throw new KubectlError(`serviceaccount must be <namespace>:<name>`);
    subjects.push({ kind: "ServiceAccount", name: parts[1], namespace: parts[0] });
  }
  return subjects;
}

const RULE_FLAGS = [OUTPUT_FLAG, DRY_RUN_FLAG, { name: "verb", type: "stringArray" as const }, { name: "resource", type: "stringArray" as const }, { name: "resource-name", type: "stringArray" as const }];
const BINDING_FLAGS = [OUTPUT_FLAG, DRY_RUN_FLAG, { name: "user", type: "stringArray" as const }, { name: "group", type: "stringArray" as const }, { name: "serviceaccount", type: "stringArray" as const }];

export const createServiceAccountCommand: KubectlCommand = {
  path: "create serviceaccount",
  flags: [OUTPUT_FLAG, DRY_RUN_FLAG],
  run(flags, env, io) {
    const sa: ServiceAccount = { apiVersion: "v1", kind: "ServiceAccount", metadata: { creationTimestamp: NULL_TIME, name: oneName(flags) } };
    return createGenerated(sa, "serviceaccounts", flags, env, io);
  },
};

export const createRoleCommand: KubectlCommand = {
  path: "create role",
  flags: RULE_FLAGS,
  run(flags, env, io) {
    const role: Role = { apiVersion: "rbac.authorization.k8s.io/v1", kind: "Role", metadata: { creationTimestamp: NULL_TIME, name: oneName(flags) }, rules: rulesFrom(flags) };
    return createGenerated(role, "roles", flags, env, io);
  },
};

export const createClusterRoleCommand: KubectlCommand = {
  path: "create clusterrole",
  flags: RULE_FLAGS,
  run(flags, env, io) {
    const role: ClusterRole = { apiVersion: "rbac.authorization.k8s.io/v1", kind: "ClusterRole", metadata: { creationTimestamp: NULL_TIME, name: oneName(flags) }, rules: rulesFrom(flags) };
    return createGenerated(role, "clusterroles", flags, env, io, false);
  },
};

export const createRoleBindingCommand: KubectlCommand = {
  path: "create rolebinding",
  flags: [...BINDING_FLAGS, { name: "role", type: "string" }, { name: "clusterrole", type: "string" }],
  run(flags, env, io) {
    const name = oneName(flags);
    const role = flagString(flags, "role");
    const clusterRole = flagString(flags, "clusterrole");
    if ((role === "") === (clusterRole === "")) throw new KubectlError("exactly one of clusterrole or role must be specified");
    const binding: RoleBinding = {
      apiVersion: "rbac.authorization.k8s.io/v1",
      kind: "RoleBinding",
      metadata: { creationTimestamp: NULL_TIME, name },
      roleRef: { apiGroup: RBAC_GROUP, kind: role ? "Role" : "ClusterRole", name: role || clusterRole },
      subjects: subjectsFrom(flags),
    };
    return createGenerated(binding, "rolebindings", flags, env, io);
  },
};

export const createClusterRoleBindingCommand: KubectlCommand = {
  path: "create clusterrolebinding",
  flags: [...BINDING_FLAGS, { name: "clusterrole", type: "string" }],
  run(flags, env, io) {
    const name = oneName(flags);
    const clusterRole = flagString(flags, "clusterrole");
    if (clusterRole === "") throw new KubectlError('required flag(s) "clusterrole" not set');
    const binding: ClusterRoleBinding = {
      apiVersion: "rbac.authorization.k8s.io/v1",
      kind: "ClusterRoleBinding",
      metadata: { creationTimestamp: NULL_TIME, name },
      roleRef: { apiGroup: RBAC_GROUP, kind: "ClusterRole", name: clusterRole },
      subjects: subjectsFrom(flags),
    };
    return createGenerated(binding, "clusterrolebindings", flags, env, io, false);
  },
};
