/**
 * PURPOSE: `kubectl cluster-info`: where the control plane and cluster services answer.
 * MODELS: https://kubernetes.io/docs/reference/kubectl/generated/kubectl_cluster-info/
 * NOT MODELLED: `cluster-info dump`, terminal colours.
 */
import type { ConfigMap, Node, Service } from "../../../api/types";
import type { KubectlCommand, KubectlEnv } from "./command";

/** The address kubeadm wrote into the admin kubeconfig: controlPlaneEndpoint when set (a load balancer), else the first API server. */
export function apiServerUrl(env: Pick<KubectlEnv, "api">): string {
  let endpoint: string | undefined;
  try {
    const config = env.api.get<ConfigMap>("configmaps", "kubeadm-config", { namespace: "kube-system" }).data?.ClusterConfiguration ?? "";
    endpoint = /^controlPlaneEndpoint: (\S+)$/m.exec(config)?.[1];
  } catch {
    endpoint = undefined;
  }
  if (endpoint) return `https://${endpoint.includes(":") ? endpoint : `${endpoint}:6443`}`;
  const nodes = env.api.list<Node>("nodes").items;
  const cp = nodes.find((n) => n.metadata.labels?.["node-role.kubernetes.io/control-plane"] !== undefined) ?? nodes[0];
  const ip = cp?.status?.addresses?.find((a) => a.type === "InternalIP")?.address ?? "127.0.0.1";
  return `https://${ip}:6443`;
}

export const clusterInfoCommand: KubectlCommand = {
  path: "cluster-info",
  flags: [],
  run(_flags, env, io) {
    const url = apiServerUrl(env);
    io.out(`Kubernetes control plane is running at ${url}\n`);
    const services = env.api.list<Service>("services", { namespace: "kube-system", labelSelector: "kubernetes.io/cluster-service=true" }).items;
    for (const svc of services) {
      const name = svc.metadata.labels?.["kubernetes.io/name"] ?? svc.metadata.name ?? "";
      const port = svc.spec.ports?.[0];
      const portPart = port?.name ? `:${port.name}` : "";
      io.out(`${name} is running at ${url}/api/v1/namespaces/kube-system/services/${svc.metadata.name ?? ""}${portPart}/proxy\n`);
    }
    io.out("\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n");
    return 0;
  },
};
