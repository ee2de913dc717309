/**
 * PURPOSE: `kubectl auth can-i VERB RESOURCE [NAME]`: ask the authorizer whether the current (or
 * impersonated, --as) user may act; prints yes or no and exits 0 or 1.
 * MODELS: https://kubernetes.io/docs/reference/access-authn-authz/authorization/#checking-api-access
 * NOT MODELLED: --list, subresources, non-resource URLs.
 */
import { isAllowed, type RbacSource } from "../../../apiserver/rbac/authorizer";
import type { ClusterRole, ClusterRoleBinding, Role, RoleBinding } from "../../../api/types";
import { ADMIN_USER } from "../../../apiserver/client";
import { UsageError, type KubectlCommand } from "./command";
import { flagArray, flagBool, flagString } from "./flags";
import { lookupResource } from "./resource-args";

export const authCanICommand: KubectlCommand = {
  path: "auth can-i",
  flags: [{ name: "all-namespaces", short: "A", type: "bool" }, { name: "quiet", short: "q", type: "bool" }, { name: "list", type: "bool" }, { name: "subresource", type: "string" }],
  run(flags, env, io) {
    const [verb, target, nameArg] = flags.args;
    if (verb === undefined || target === undefined) throw new UsageError("you must specify two or three arguments: verb, resource, and optional resourceName");
    const [type, slashName] = target.split("/");
    const info = lookupResource(type);
    if (!info.namespaced && !flagBool(flags, "all-namespaces")) io.err(`Warning: resource '${info.resource}' is not namespace scoped\n\n`);
    const admin = env.shell.cluster.api;
    const source: RbacSource = {
      clusterRoleBindings: () => admin.list<ClusterRoleBinding>("clusterrolebindings").items,
      roleBindings: (ns) => admin.list<RoleBinding>("rolebindings", { namespace: ns }).items,
      clusterRole: (n) => find(() => admin.get<ClusterRole>("clusterroles", n)),
      role: (ns, n) => find(() => admin.get<Role>("roles", n, { namespace: ns })),
    };
    const as = flagString(flags, "as");
    const user = as === "" ? ADMIN_USER : { username: as, groups: [...flagArray(flags, "as-group"), "system:authenticated"] };
    const allowed = user.groups.includes("system:masters") || isAllowed(source, user, {
      verb,
      group: info.group,
      resource: info.resource,
      namespace: info.namespaced && !flagBool(flags, "all-namespaces") ? env.namespace : undefined,
      name: nameArg ?? slashName,
    });
    if (!flagBool(flags, "quiet")) io.out(allowed ? "yes\n" : "no\n");
    return allowed ? 0 : 1;
  },
};

function find<T>(get: () => T): T | undefined {
  try {
    return get();
  } catch {
    return undefined;
  }
}
