/**
 * PURPOSE: the kubeconfig that points a real kubectl at the simulated API server.
 * MODELS: https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/
 * NOT MODELLED: certificates and tokens (the server does not authenticate).
 */

/** A kubeconfig whose only context points kubectl at the server, as the cluster's admin. */
export function kubeconfigFor(url: string, namespace = "default"): string {
  return `apiVersion: v1
kind: Config
clusters:
- cluster:
    server: ${url}
  name: simulated
contexts:
- context:
    cluster: simulated
    namespace: ${namespace}
    user: kubernetes-admin
  name: kubernetes-admin@simulated
current-context: kubernetes-admin@simulated
preferences: {}
users:
- name: kubernetes-admin
  user: {}
`;
}
