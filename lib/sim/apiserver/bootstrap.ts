/**
 * PURPOSE: objects the API server creates at start-up: the four system
 * namespaces, the `kubernetes` Service, and the default RBAC roles.
 * MODELS: https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/#initial-namespaces
 * NOT MODELLED: the priority classes and flow-control objects it also creates.
 */
import type { KubeObject, Namespace, Service } from "../api/types";
import { KUBERNETES_SERVICE_IP } from "./allocators";
import { bootstrapClusterRoleBindings, bootstrapClusterRoles } from "./rbac/bootstrap";

function ns(name: string): Namespace {
  return { apiVersion: "v1", kind: "Namespace", metadata: { name } };
}

export function bootstrapObjects(): { resource: string; obj: KubeObject }[] {
  const kubernetes: Service = {
    apiVersion: "v1",
    kind: "Service",
    metadata: { name: "kubernetes", namespace: "default", labels: { component: "apiserver", provider: "kubernetes" } },
    spec: {
      type: "ClusterIP",
      clusterIP: KUBERNETES_SERVICE_IP,
      ports: [{ name: "https", port: 443, protocol: "TCP", targetPort: 6443 }],
    },
  };
  return [
    ...["default", "kube-node-lease", "kube-public", "kube-system"].map((n) => ({ resource: "namespaces", obj: ns(n) })),
    { resource: "services", obj: kubernetes },
    ...bootstrapClusterRoles().map((obj) => ({ resource: "clusterroles", obj })),
    ...bootstrapClusterRoleBindings().map((obj) => ({ resource: "clusterrolebindings", obj })),
  ];
}
