/**
 * PURPOSE: `kubectl top pod|node`: CPU and memory use from the Metrics API (metrics-server);
 * without metrics-server in the scenario it fails as the real one does.
 * MODELS: https://kubernetes.io/docs/tasks/debug/debug-cluster/resource-metrics-pipeline/
 * NOT MODELLED: --containers, --sort-by, -l for nodes.
 */
import type { Node, Pod } from "../../../api/types";
import { parseQuantity } from "../../../api/quantity";
import { formatTabbed } from "../../printers/tabwriter";
import { KUBECTL_TABLE } from "../../printers/tabwriter";
import type { ShellCluster } from "../../cluster-port";
import { KubectlError, type KubectlCommand, type KubectlEnv } from "./command";
import { flagBool, flagString } from "./flags";

function metricsOf(env: KubectlEnv): NonNullable<ShellCluster["metrics"]> {
  const metrics = env.shell.cluster.metrics;
  if (!metrics || !metrics.isAvailable()) throw new KubectlError("Metrics API not available");
  return metrics;
}

/** kubectl top writes every cell tab-terminated, so the last column is padded too. */
function printTop(rows: string[][], noHeaders: boolean, io: { out(t: string): void }): void {
  const body = (noHeaders ? rows.slice(1) : rows).map((r) => `${r.join("\t")}\t\n`).join("");
  io.out(formatTabbed(body, KUBECTL_TABLE));
}

const mi = (bytes: number) => `${Math.floor(bytes / (1024 * 1024))}Mi`;

export const topPodCommand: KubectlCommand = {
  path: "top pod",
  flags: [{ name: "all-namespaces", short: "A", type: "bool" }, { name: "selector", short: "l", type: "string" }, { name: "no-headers", type: "bool" }, { name: "containers", type: "bool" }, { name: "sort-by", type: "string" }],
  run(flags, env, io) {
    const metrics = metricsOf(env);
    const all = flagBool(flags, "all-namespaces");
    let pods = env.api.list<Pod>("pods", { namespace: all ? "" : env.namespace, labelSelector: flagString(flags, "selector") || undefined }).items;
    if (flags.args[0]) pods = pods.filter((p) => p.metadata.name === flags.args[0]);
    const rows: string[][] = [];
    for (const p of pods) {
      const u = metrics.podMetrics(p.metadata.namespace ?? "", p.metadata.name ?? "");
      if (!u) continue;
      rows.push([...(all ? [p.metadata.namespace ?? ""] : []), p.metadata.name ?? "", `${u.cpuMilli}m`, mi(u.memoryBytes)]);
    }
    if (rows.length === 0) {
      if (flags.args[0]) throw new KubectlError(`Metrics not available for pod ${env.namespace}/${flags.args[0]}, age: 0s`);
      io.err(all ? "No resources found\n" : `No resources found in ${env.namespace} namespace.\n`);
      return 0;
    }
    printTop([[...(all ? ["NAMESPACE"] : []), "NAME", "CPU(cores)", "MEMORY(bytes)"], ...rows], flagBool(flags, "no-headers"), io);
    return 0;
  },
};

export const topNodeCommand: KubectlCommand = {
  path: "top node",
  flags: [{ name: "selector", short: "l", type: "string" }, { name: "no-headers", type: "bool" }, { name: "sort-by", type: "string" }],
  run(flags, env, io) {
    const metrics = metricsOf(env);
    let nodes = env.api.list<Node>("nodes").items;
    if (flags.args[0]) nodes = nodes.filter((n) => n.metadata.name === flags.args[0]);
    const rows: string[][] = [["NAME", "CPU(cores)", "CPU(%)", "MEMORY(bytes)", "MEMORY(%)"]];
    for (const n of nodes) {
      const u = metrics.nodeMetrics(n.metadata.name ?? "");
      if (!u) continue;
      const cpuAlloc = parseQuantity(n.status?.allocatable?.cpu ?? "0") * 1000;
      const memAlloc = parseQuantity(n.status?.allocatable?.memory ?? "0");
      const pct = (v: number, t: number) => `${t > 0 ? Math.floor((v / t) * 100) : 0}%`;
      rows.push([n.metadata.name ?? "", `${u.cpuMilli}m`, pct(u.cpuMilli, cpuAlloc), mi(u.memoryBytes), pct(u.memoryBytes, memAlloc)]);
    }
    printTop(rows, flagBool(flags, "no-headers"), io);
    return 0;
  },
};
