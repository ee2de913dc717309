// Shell round trip benchmark: `npm run bench:shell [pods...]` (default 100 1000).
// A round trip is one shell.run(): parse the line, run the command against the API server,
// format the output. Each cluster is built through the shell (kubectl create deployment, then
// virtual time until every pod is Running); each command is warmed up, then timed many times.
import { createCluster, createShell, generatedWorkers, type Pod, type ScenarioDefinition } from "../lib/sim/index";

function scenarioWith(workers: number): ScenarioDefinition {
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

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

type Figure = { pods: number; command: string; medianMs: number; p95Ms: number; outputKB: number; samples: number };

function build(pods: number) {
  const cluster = createCluster({ scenario: scenarioWith(Math.max(2, Math.ceil(pods / 50))), seed: 1 });
  const shell = createShell({ cluster });
  for (let i = 0; i < pods / 100; i++) shell.run(`kubectl create deployment app${i} --image=nginx:1.27 --replicas=${Math.min(100, pods - i * 100)}`);
  for (let step = 0; step < 120; step++) {
    cluster.advance(5_000);
    const running = cluster.api.list<Pod>("pods", { namespace: "default" }).items.filter((p) => p.status?.phase === "Running").length;
    if (running >= pods) break;
  }
  return { cluster, shell };
}

function time(run: () => void, samples: number): number[] {
  for (let i = 0; i < Math.min(20, samples); i++) run();
  const out: number[] = [];
  for (let i = 0; i < samples; i++) {
    const t0 = performance.now();
    run();
    out.push(performance.now() - t0);
  }
  return out.sort((a, b) => a - b);
}

function main(): void {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  const figures: Figure[] = [];
  for (const pods of sizes.length > 0 ? sizes : [100, 1000]) {
    const { cluster, shell } = build(pods);
    const running = cluster.api.list<Pod>("pods", { namespace: "default" }).items.filter((p) => p.status?.phase === "Running");
    const first = running[0]?.metadata.name ?? "missing";
    const samples = pods >= 1000 ? 100 : 300;
    for (const command of ["kubectl get pods -A", "kubectl get pods -o wide", `kubectl describe pod ${first}`]) {
      let bytes = 0;
      const sorted = time(() => {
        bytes = shell.run(command).output.length;
      }, samples);
      figures.push({ pods: running.length, command: command.replace(first, "<pod>"), medianMs: percentile(sorted, 0.5), p95Ms: percentile(sorted, 0.95), outputKB: bytes / 1024, samples });
    }
  }
  const rows = [["pods Running", "command", "median ms", "p95 ms", "output KB", "samples"], ...figures.map((f) => [String(f.pods), f.command, f.medianMs.toFixed(2), f.p95Ms.toFixed(2), f.outputKB.toFixed(1), String(f.samples)])];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const r of rows) console.log(r.map((c, i) => (i === 1 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("   "));
}

main();
