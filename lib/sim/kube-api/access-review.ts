/**
 * PURPOSE: SelfSubjectAccessReview, the question `kubectl auth can-i` asks: may the requesting
 * (or impersonated) user perform this verb on this resource? Answered by the engine's RBAC authorizer.
 * MODELS: https://kubernetes.io/docs/reference/access-authn-authz/authorization/#checking-api-access
 * NOT MODELLED: non-resource URLs for users outside system:masters (always denied), SelfSubjectRulesReview.
 */
import type { ClusterRole, ClusterRoleBinding, Role, RoleBinding } from "../api/types";
import type { ApiClient, UserInfo } from "../apiserver/client";
import { isAllowed, type RbacSource } from "../apiserver/rbac/authorizer";
import { StatusError } from "../core/errors";

type ResourceAttributes = { namespace?: string; verb?: string; group?: string; resource?: string; subresource?: string; name?: string };

function orUndefined<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

function rbacSource(admin: ApiClient): RbacSource {
  return {
    clusterRoleBindings: () => admin.list<ClusterRoleBinding>("clusterrolebindings").items,
    roleBindings: (ns) => admin.list<RoleBinding>("rolebindings", { namespace: ns }).items,
    clusterRole: (n) => orUndefined(() => admin.get<ClusterRole>("clusterroles", n)),
    role: (ns, n) => orUndefined(() => admin.get<Role>("roles", n, { namespace: ns })),
  };
}

export function reviewAccess(admin: ApiClient, user: UserInfo, body: Record<string, unknown>): unknown {
  const spec = (body.spec ?? {}) as { resourceAttributes?: ResourceAttributes; nonResourceAttributes?: { path?: string; verb?: string } };
  const attrs = spec.resourceAttributes;
  if (!attrs && !spec.nonResourceAttributes) {
    throw StatusError.invalid("SelfSubjectAccessReview", "", [{ reason: "FieldValueRequired", field: "spec.resourceAttributes", message: "Required value: exactly one of nonResourceAttributes or resourceAttributes must be specified" }], "authorization.k8s.io");
  }
  const masters = user.groups.includes("system:masters");
  const allowed = attrs
    ? masters ||
      isAllowed(rbacSource(admin), user, {
        verb: attrs.verb ?? "",
        group: attrs.group ?? "",
        resource: attrs.resource ?? "",
        subresource: attrs.subresource || undefined,
        namespace: attrs.namespace || undefined,
        name: attrs.name || undefined,
      })
    : masters;
  return {
    kind: "SelfSubjectAccessReview",
    apiVersion: "authorization.k8s.io/v1",
    metadata: { creationTimestamp: null },
    spec,
    status: { allowed },
  };
}
