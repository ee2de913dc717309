/**
 * PURPOSE: `kubectl auth can-i VERB RESOURCE[/SUBRESOURCE] [NAME]`: ask the authorizer whether the current (or
 * impersonated, --as) user may act; prints yes or no and exits 0 or 1. `--list` prints every rule that applies
 * in the namespace, as a SelfSubjectRulesReview returns them.
 * MODELS: https://kubernetes.io/docs/reference/access-authn-authz/authorization/#checking-api-access
 * and https://kubernetes.io/docs/reference/access-authn-authz/rbac/#referring-to-resources (subresources)
 * NOT MODELLED: non-resource URLs as the question (`can-i get /healthz`).
 */
import { isAllowed, rulesFor, type RbacSource } from "../../../apiserver/rbac/authorizer";
import type { ClusterRole, ClusterRoleBinding, Role, RoleBinding } from "../../../api/types";
import { ADMIN_USER, type UserInfo } from "../../../apiserver/client";
import { formatTabbed, KUBECTL_TABLE } from "../../printers/tabwriter";
import { UsageError, type KubectlCommand } from "./command";
import { ruleRows } from "./describe/policy";
import { flagArray, flagBool, flagString } from "./flags";
import { lookupResource } from "./resource-args";

function userFor(as: string, groups: string[]): UserInfo {
  const sa = /^system:serviceaccount:([^:]+):([^:]+)$/.exec(as);
  const implied = sa ? ["system:serviceaccounts", `system:serviceaccounts:${sa[1]}`] : [];
  return { username: as, groups: [...groups, ...implied, "system:authenticated"] };
}

export const authCanICommand: KubectlCommand = {
  path: "auth can-i",
  flags: [{ name: "all-namespaces", short: "A", type: "bool" }, { name: "quiet", short: "q", type: "bool" }, { name: "list", type: "bool" }, { name: "no-headers", type: "bool" }, { name: "subresource", type: "string" }],
  run(flags, env, io) {
    const admin = env.shell.cluster.api;
    const source: RbacSource = {
      clusterRoleBindings: () => admin.list<ClusterRoleBinding>("clusterrolebindings").items,
      roleBindings: (ns) => admin.list<RoleBinding>("rolebindings", { namespace: ns }).items,
      clusterRole: (n) => find(() => admin.get<ClusterRole>("clusterroles", n)),
      role: (ns, n) => find(() => admin.get<Role>("roles", n, { namespace: ns })),
    };
    const as = flagString(flags, "as");
    const user = as === "" ? ADMIN_USER : userFor(as, flagArray(flags, "as-group"));
    if (flagBool(flags, "list")) {
      if (flags.args.length > 0) throw new UsageError("list option must be specified with no arguments");
      const rows = ruleRows(rulesFor(source, user, env.namespace)).map((r) => r.cells);
      const header = flagBool(flags, "no-headers") ? [] : ["Resources\tNon-Resource URLs\tResource Names\tVerbs"];
      io.out(formatTabbed([...header, ...rows].map((l) => `${l}\n`).join(""), KUBECTL_TABLE));
      return 0;
    }
    const [verb, target, nameArg] = flags.args;
    if (verb === undefined || target === undefined) throw new UsageError("you must specify two or three arguments: verb, resource, and optional resourceName");
    // In can-i, RESOURCE/SUBRESOURCE names a subresource (pods/log), not an object.
    const [type, slashSub] = target.split("/", 2);
    const info = lookupResource(type);
    if (!info.namespaced && !flagBool(flags, "all-namespaces")) io.err(`Warning: resource '${info.resource}' is not namespace scoped\n\n`);
    const subresource = flagString(flags, "subresource") || slashSub || undefined;
    const allowed = isAllowed(source, user, {
      verb,
      group: info.group,
      resource: info.resource,
      subresource,
      namespace: info.namespaced && !flagBool(flags, "all-namespaces") ? env.namespace : undefined,
      name: nameArg,
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
