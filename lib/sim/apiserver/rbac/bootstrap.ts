/**
 * PURPOSE: the default ClusterRoles and ClusterRoleBindings the API server
 * creates at start-up (cluster-admin, admin, edit, view).
 * MODELS: https://kubernetes.io/docs/reference/access-authn-authz/rbac/#user-facing-roles
 * NOT MODELLED: the many system:* controller roles; aggregation labels are set but not evaluated.
 */
import type { ClusterRole, ClusterRoleBinding, PolicyRule } from "../../api/types";

const META = { labels: { "kubernetes.io/bootstrapping": "rbac-defaults" }, annotations: { "rbac.authorization.kubernetes.io/autoupdate": "true" } };

const READ = ["get", "list", "watch"];
const WRITE = ["create", "delete", "deletecollection", "patch", "update"];

const VIEW_RULES: PolicyRule[] = [
  { apiGroups: [""], resources: ["configmaps", "endpoints", "persistentvolumeclaims", "pods", "pods/log", "pods/status", "replicationcontrollers", "services", "services/status", "serviceaccounts", "events", "namespaces", "limitranges", "resourcequotas"], verbs: READ },
  { apiGroups: ["apps"], resources: ["daemonsets", "deployments", "deployments/scale", "replicasets", "replicasets/scale", "statefulsets"], verbs: READ },
  { apiGroups: ["autoscaling"], resources: ["horizontalpodautoscalers"], verbs: READ },
  { apiGroups: ["discovery.k8s.io"], resources: ["endpointslices"], verbs: READ },
  { apiGroups: ["networking.k8s.io"], resources: ["networkpolicies", "ingresses"], verbs: READ },
  { apiGroups: ["batch"], resources: ["jobs", "cronjobs"], verbs: READ },
];

const EDIT_RULES: PolicyRule[] = [
  ...VIEW_RULES,
  { apiGroups: [""], resources: ["pods", "pods/attach", "pods/exec", "pods/portforward", "pods/proxy", "configmaps", "endpoints", "persistentvolumeclaims", "replicationcontrollers", "secrets", "serviceaccounts", "services"], verbs: WRITE },
  { apiGroups: [""], resources: ["secrets"], verbs: READ },
  { apiGroups: ["apps"], resources: ["daemonsets", "deployments", "deployments/rollback", "deployments/scale", "replicasets", "replicasets/scale", "statefulsets"], verbs: WRITE },
  { apiGroups: ["autoscaling"], resources: ["horizontalpodautoscalers"], verbs: WRITE },
  { apiGroups: ["networking.k8s.io"], resources: ["networkpolicies", "ingresses"], verbs: WRITE },
  { apiGroups: ["batch"], resources: ["jobs", "cronjobs"], verbs: WRITE },
];

const ADMIN_RULES: PolicyRule[] = [
  ...EDIT_RULES,
  { apiGroups: ["rbac.authorization.k8s.io"], resources: ["roles", "rolebindings"], verbs: [...READ, ...WRITE] },
  { apiGroups: ["authorization.k8s.io"], resources: ["localsubjectaccessreviews"], verbs: ["create"] },
];

function clusterRole(name: string, rules: PolicyRule[], aggregateTo?: string): ClusterRole {
  const labels: Record<string, string> = { ...META.labels };
  if (aggregateTo) labels[`rbac.authorization.k8s.io/aggregate-to-${aggregateTo}`] = "true";
  return { apiVersion: "rbac.authorization.k8s.io/v1", kind: "ClusterRole", metadata: { name, labels, annotations: { ...META.annotations } }, rules };
}

export function bootstrapClusterRoles(): ClusterRole[] {
  return [
    clusterRole("cluster-admin", [
      { apiGroups: ["*"], resources: ["*"], verbs: ["*"] },
      { nonResourceURLs: ["*"], verbs: ["*"] },
    ]),
    clusterRole("admin", ADMIN_RULES),
    clusterRole("edit", EDIT_RULES, "admin"),
    clusterRole("view", VIEW_RULES, "edit"),
    clusterRole("system:basic-user", [
      { apiGroups: ["authentication.k8s.io"], resources: ["selfsubjectreviews"], verbs: ["create"] },
      { apiGroups: ["authorization.k8s.io"], resources: ["selfsubjectaccessreviews", "selfsubjectrulesreviews"], verbs: ["create"] },
    ]),
    clusterRole("system:discovery", [
      { nonResourceURLs: ["/api", "/api/*", "/apis", "/apis/*", "/healthz", "/livez", "/openapi", "/openapi/*", "/readyz", "/version", "/version/"], verbs: ["get"] },
    ]),
    clusterRole("system:public-info-viewer", [{ nonResourceURLs: ["/healthz", "/livez", "/readyz", "/version", "/version/"], verbs: ["get"] }]),
  ];
}

function bindToGroups(name: string, groups: string[]): ClusterRoleBinding {
  return {
    apiVersion: "rbac.authorization.k8s.io/v1",
    kind: "ClusterRoleBinding",
    metadata: { name, labels: { ...META.labels }, annotations: { ...META.annotations } },
    roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name },
    subjects: groups.map((g) => ({ apiGroup: "rbac.authorization.k8s.io", kind: "Group" as const, name: g })),
  };
}

export function bootstrapClusterRoleBindings(): ClusterRoleBinding[] {
  return [
    {
      apiVersion: "rbac.authorization.k8s.io/v1",
      kind: "ClusterRoleBinding",
      metadata: { name: "cluster-admin", labels: { ...META.labels }, annotations: { ...META.annotations } },
      roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: "cluster-admin" },
      subjects: [{ apiGroup: "rbac.authorization.k8s.io", kind: "Group", name: "system:masters" }],
    },
    bindToGroups("system:basic-user", ["system:authenticated"]),
    bindToGroups("system:discovery", ["system:authenticated"]),
    bindToGroups("system:public-info-viewer", ["system:authenticated", "system:unauthenticated"]),
  ];
}
