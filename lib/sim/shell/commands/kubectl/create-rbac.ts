/**
 * PURPOSE: `kubectl create serviceaccount|role|clusterrole|rolebinding|clusterrolebinding`: the
 * identity and RBAC objects built from flags, as kubectl builds them.
 * MODELS: https://kubernetes.io/docs/reference/access-authn-authz/rbac/#command-line-utilities
 * NOT MODELLED: --resource-name, --non-resource-url, --aggregation-rule, --serviceaccount on bindings.
 */
import type { ClusterRole, ClusterRoleBinding, KubeObject, PolicyRule, Role, RoleBinding, ServiceAccount, Subject } from "../../../api/types";
import { KubectlError, type KubectlCommand } from "./command";
import { createGenerated, oneName } from "./create-workloads";
import { DRY_RUN_FLAG } from "./dry-run";
import { flagArray, flagString, type ParsedFlags } from "./flags";
import { OUTPUT_FLAG } from "./output";
import { lookupResource } from "./resource-args";

const NULL_TIME = null as unknown as undefined;
const RBAC_GROUP = "rbac.authorization.k8s.io";

/** One rule per API group, resources in the order given, as kubectl groups them. */
function rulesFrom(flags: ParsedFlags): PolicyRule[] {
  const verbs = flagArray(flags, "verb").flatMap((v) => v.split(","));
  const resources = flagArray(flags, "resource").flatMap((r) => r.split(","));
  if (verbs.length === 0) throw new KubectlError("at least one verb must be specified");
  if (resources.length === 0) throw new KubectlError("at least one resource must be specified");
  const byGroup = new Map<string, string[]>();
  for (const r of resources) {
    const info = lookupResource(r);
    byGroup.set(info.group, [...(byGroup.get(info.group) ?? []), info.resource]);
  }
  return [...byGroup].map(([group, list]) => ({ apiGroups: [group], resources: list, verbs }));
}

function subjectsFrom(flags: ParsedFlags): Subject[] {
  return [
    ...flagArray(flags, "user").map((name): Subject => ({ apiGroup: RBAC_GROUP, kind: "User", name })),
    ...flagArray(flags, "group").map((name): Subject => ({ apiGroup: RBAC_GROUP, kind: "Group", name })),
  ];
}

function meta(name: string): KubeObject["metadata"] {
  return { creationTimestamp: NULL_TIME, name };
}

const RULE_FLAGS = [OUTPUT_FLAG, DRY_RUN_FLAG, { name: "verb", type: "stringArray" as const }, { name: "resource", type: "stringArray" as const }];
const BINDING_FLAGS = [OUTPUT_FLAG, DRY_RUN_FLAG, { name: "user", type: "stringArray" as const }, { name: "group", type: "stringArray" as const }];

export const createServiceAccountCommand: KubectlCommand = {
  path: "create serviceaccount",
  flags: [OUTPUT_FLAG, DRY_RUN_FLAG],
  run(flags, env, io) {
    const sa: ServiceAccount = { apiVersion: "v1", kind: "ServiceAccount", metadata: meta(oneName(flags)) };
    return createGenerated(sa, "serviceaccounts", flags, env, io, true, "failed to create serviceaccount: ");
  },
};

export const createRoleCommand: KubectlCommand = {
  path: "create role",
  flags: RULE_FLAGS,
  run(flags, env, io) {
    const role: Role = { apiVersion: `${RBAC_GROUP}/v1`, kind: "Role", metadata: meta(oneName(flags)), rules: rulesFrom(flags) };
    return createGenerated(role, "roles", flags, env, io);
  },
};

export const createClusterRoleCommand: KubectlCommand = {
  path: "create clusterrole",
  flags: RULE_FLAGS,
  run(flags, env, io) {
    const role: ClusterRole = { apiVersion: `${RBAC_GROUP}/v1`, kind: "ClusterRole", metadata: meta(oneName(flags)), rules: rulesFrom(flags) };
    return createGenerated(role, "clusterroles", flags, env, io, false);
  },
};

export const createRoleBindingCommand: KubectlCommand = {
  path: "create rolebinding",
  flags: [...BINDING_FLAGS, { name: "role", type: "string" }, { name: "clusterrole", type: "string" }],
  run(flags, env, io) {
    const role = flagString(flags, "role");
    const clusterRole = flagString(flags, "clusterrole");
    if ((role === "") === (clusterRole === "")) throw new KubectlError("exactly one of clusterrole or role must be specified");
    const binding: RoleBinding = {
      apiVersion: `${RBAC_GROUP}/v1`,
      kind: "RoleBinding",
      metadata: meta(oneName(flags)),
      roleRef: { apiGroup: RBAC_GROUP, kind: role ? "Role" : "ClusterRole", name: role || clusterRole },
      subjects: subjectsFrom(flags),
    };
    return createGenerated(binding, "rolebindings", flags, env, io, true, "failed to create rolebinding: ");
  },
};

export const createClusterRoleBindingCommand: KubectlCommand = {
  path: "create clusterrolebinding",
  flags: [...BINDING_FLAGS, { name: "clusterrole", type: "string" }],
  run(flags, env, io) {
    const clusterRole = flagString(flags, "clusterrole");
    if (clusterRole === "") throw new KubectlError("required flag(s) \"clusterrole\" not set");
    const binding: ClusterRoleBinding = {
      apiVersion: `${RBAC_GROUP}/v1`,
      kind: "ClusterRoleBinding",
      metadata: meta(oneName(flags)),
      roleRef: { apiGroup: RBAC_GROUP, kind: "ClusterRole", name: clusterRole },
      subjects: subjectsFrom(flags),
    };
    return createGenerated(binding, "clusterrolebindings", flags, env, io, false);
  },
};
