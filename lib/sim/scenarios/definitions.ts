// PURPOSE: the built-in scenarios: which machines exist and what kubeadm installed on them.
// MODELS: a kubeadm cluster, https://kubernetes.io/docs/setup/production-environment/tools/kubeadm/create-cluster-kubeadm/
// NOT MODELLED: etcd clustering and API server load balancing across the ha control plane (one API server serves all,
// behind the ha scenario's load-balancer address).

import type { Taint } from "../api/types";

export type ScenarioNode = { name: string; role: "control-plane" | "worker"; cpu: number; memoryMi: number; internalIP: string; pods?: number };

export type ScenarioDefinition = {
  name: string;
  description: string;
  nodes: ScenarioNode[];
  /** kube-proxy, CoreDNS and the kube-dns Service, as kubeadm installs them */
  addons: boolean;
  metricsServer: boolean;
  /** the control-plane taint; single-node clusters remove it so workloads can run */
  taintControlPlane: boolean;
  dockerHost: boolean;
  cluster: boolean;
  /** --cluster-cidr of the controller manager; a /16 holds 256 nodes of /24 each (default 10.244.0.0/16) */
  clusterCIDR?: string;
  /** kubeadm's controlPlaneEndpoint: the load balancer in front of several API servers (host:port) */
  controlPlaneEndpoint?: string;
};

export const CONTROL_PLANE_TAINT: Taint = { key: "node-role.kubernetes.io/control-plane", effect: "NoSchedule" };

function node(name: string, role: ScenarioNode["role"], internalIP: string, cpu = 2, memoryMi = 4096): ScenarioNode {
  return { name, role, cpu, memoryMi, internalIP };
}

export const SCENARIOS: Record<string, ScenarioDefinition> = {
  default: {
    name: "default",
    description: "one control-plane node and two workers, set up with kubeadm",
    nodes: [node("controlplane", "control-plane", "192.168.56.10"), node("node01", "worker", "192.168.56.11"), node("node02", "worker", "192.168.56.12")],
    addons: true,
    metricsServer: true,
    taintControlPlane: true,
    dockerHost: false,
    cluster: true,
  },
  "single-node": {
    name: "single-node",
    description: "one node that is both control plane and worker",
    nodes: [node("controlplane", "control-plane", "192.168.56.10", 4, 8192)],
    addons: true,
    metricsServer: true,
    taintControlPlane: false,
    dockerHost: false,
    cluster: true,
  },
  ha: {
    name: "ha",
    description: "three control-plane nodes and three workers, the API servers behind a load balancer",
    controlPlaneEndpoint: "192.168.56.100:6443",
    nodes: [
      node("controlplane01", "control-plane", "192.168.56.10"),
      node("controlplane02", "control-plane", "192.168.56.20"),
      node("controlplane03", "control-plane", "192.168.56.30"),
      node("node01", "worker", "192.168.56.11"),
      node("node02", "worker", "192.168.56.12"),
      node("node03", "worker", "192.168.56.13"),
    ],
    addons: true,
    metricsServer: true,
    taintControlPlane: true,
    dockerHost: false,
    cluster: true,
  },
  docker: {
    name: "docker",
    description: "a single machine running the Docker engine, no Kubernetes",
    nodes: [],
    addons: false,
    metricsServer: false,
    taintControlPlane: false,
    dockerHost: true,
    cluster: false,
  },
};

export function findScenario(scenario: string | ScenarioDefinition): ScenarioDefinition {
  if (typeof scenario !== "string") return scenario;
  const found = SCENARIOS[scenario];
  if (!found) throw new Error(`unknown scenario "${scenario}"; known: ${Object.keys(SCENARIOS).join(", ")}`);
  return found;
}

/** node IP addresses for generated clusters (benchmarks): 10.0.x.y */
export function generatedWorkers(count: number, cpu = 8, memoryMi = 32768): ScenarioNode[] {
  return Array.from({ length: count }, (_, i) => ({
    name: `node${String(i + 1).padStart(count >= 100 ? 3 : 2, "0")}`,
    role: "worker" as const,
    cpu,
    memoryMi,
    internalIP: `10.0.${Math.floor((i + 1) / 250)}.${((i + 1) % 250) + 2}`,
  }));
}
