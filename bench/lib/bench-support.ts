// Shared pieces of the benchmarks: a large generated cluster and order statistics.
import { generatedWorkers, type ScenarioDefinition } from "../../lib/sim/index";

/** A control-plane node and `workers` generated workers, with a cluster CIDR large enough for 500+ nodes. */
export function benchScenario(workers: number): ScenarioDefinition {
  return {
    name: `bench-${workers}`,
    description: "benchmark cluster",
    nodes: [{ name: "controlplane", role: "control-plane", cpu: 4, memoryMi: 8192, internalIP: "10.0.0.1" }, ...generatedWorkers(workers)],
    addons: true,
    metricsServer: false,
    taintControlPlane: true,
    dockerHost: false,
    cluster: true,
    clusterCIDR: "172.16.0.0/12",
  };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** The value below which the share `p` (0 to 1) of the values lie: nearest rank. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(sorted.length * p) - 1)]!;
}
