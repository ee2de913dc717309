/**
 * PURPOSE: the discovery registry: which resources exist, their kinds, groups,
 * scope, short names and verbs, as `kubectl api-resources` lists them.
 * MODELS: https://kubernetes.io/docs/reference/kubectl/#resource-types
 * NOT MODELLED: multiple versions per group, CRDs.
 */

export type ResourceInfo = {
  resource: string;
  singular: string;
  kind: string;
  group: string;
  version: string;
  namespaced: boolean;
  shortNames: string[];
  verbs: string[];
  /** groups `kubectl get` can name instead of the resource: `all` */
  categories: string[];
};

const ALL_VERBS = ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"];
/** The members of the `all` category that the simulator serves, as discovery lists them. */
const IN_ALL = new Set(["pods", "services", "daemonsets", "deployments", "replicasets", "horizontalpodautoscalers"]);

function r(
  resource: string,
  kind: string,
  group: string,
  version: string,
  namespaced: boolean,
  shortNames: string[] = [],
  verbs: string[] = ALL_VERBS,
): ResourceInfo {
  return { resource, singular: kind.toLowerCase(), kind, group, version, namespaced, shortNames, verbs, categories: IN_ALL.has(resource) ? ["all"] : [] };
}

export const RESOURCES: readonly ResourceInfo[] = [
  r("bindings", "Binding", "", "v1", true, [], ["create"]),
  r("configmaps", "ConfigMap", "", "v1", true, ["cm"]),
  r("endpoints", "Endpoints", "", "v1", true, ["ep"]),
  r("events", "Event", "", "v1", true, ["ev"]),
  r("limitranges", "LimitRange", "", "v1", true, ["limits"]),
  r("namespaces", "Namespace", "", "v1", false, ["ns"], ["create", "delete", "get", "list", "patch", "update", "watch"]),
  r("nodes", "Node", "", "v1", false, ["no"]),
  r("pods", "Pod", "", "v1", true, ["po"]),
  r("resourcequotas", "ResourceQuota", "", "v1", true, ["quota"]),
  r("secrets", "Secret", "", "v1", true),
  r("serviceaccounts", "ServiceAccount", "", "v1", true, ["sa"]),
  r("services", "Service", "", "v1", true, ["svc"], ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"]),
  r("daemonsets", "DaemonSet", "apps", "v1", true, ["ds"]),
  r("deployments", "Deployment", "apps", "v1", true, ["deploy"]),
  r("replicasets", "ReplicaSet", "apps", "v1", true, ["rs"]),
  r("horizontalpodautoscalers", "HorizontalPodAutoscaler", "autoscaling", "v2", true, ["hpa"]),
  r("leases", "Lease", "coordination.k8s.io", "v1", true),
  r("endpointslices", "EndpointSlice", "discovery.k8s.io", "v1", true),
  r("ingressclasses", "IngressClass", "networking.k8s.io", "v1", false),
  r("ingresses", "Ingress", "networking.k8s.io", "v1", true, ["ing"]),
  r("networkpolicies", "NetworkPolicy", "networking.k8s.io", "v1", true, ["netpol"]),
  r("clusterrolebindings", "ClusterRoleBinding", "rbac.authorization.k8s.io", "v1", false),
  r("clusterroles", "ClusterRole", "rbac.authorization.k8s.io", "v1", false),
  r("rolebindings", "RoleBinding", "rbac.authorization.k8s.io", "v1", true),
  r("roles", "Role", "rbac.authorization.k8s.io", "v1", true),
];

/** The resources metrics-server adds (metrics.k8s.io), served while it runs; not names `kubectl get` resolves. */
export const METRICS_RESOURCES: readonly ResourceInfo[] = [
  { resource: "nodes", singular: "", kind: "NodeMetrics", group: "metrics.k8s.io", version: "v1beta1", namespaced: false, shortNames: [], verbs: ["get", "list"], categories: [] },
  { resource: "pods", singular: "", kind: "PodMetrics", group: "metrics.k8s.io", version: "v1beta1", namespaced: true, shortNames: [], verbs: ["get", "list"], categories: [] },
];

const index = new Map<string, ResourceInfo>();
for (const info of RESOURCES) {
  const names = [info.resource, info.singular, info.kind, ...info.shortNames];
  for (const n of names) {
    index.set(n, info);
    index.set(n.toLowerCase(), info);
    if (info.group) index.set(`${n.toLowerCase()}.${info.group}`, info);
  }
  if (info.group) index.set(`${info.resource}.${info.version}.${info.group}`, info);
}

/** Accepts plural, singular, Kind, short name, or any of them qualified by group (`deployments.apps`). */
export function findResource(nameOrShortOrKind: string): ResourceInfo | undefined {
  return index.get(nameOrShortOrKind) ?? index.get(nameOrShortOrKind.toLowerCase());
}

export function resourceForKind(kind: string, apiVersion?: string): ResourceInfo | undefined {
  const info = index.get(kind);
  if (!info || info.kind !== kind) return undefined;
  if (apiVersion && apiVersionOf(info) !== apiVersion) return undefined;
  return info;
}

export function apiVersionOf(info: ResourceInfo): string {
  return info.group ? `${info.group}/${info.version}` : info.version;
}
