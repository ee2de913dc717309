// Shell round trip benchmark: `npm run bench:shell [pods...]` (default 100 1000).
// A round trip is one shell.run(): parse the line, run the command against the API server,
// format the output. Each cluster is built through the shell (kubectl create deployment, then
// virtual time until every pod is Running); each command is warmed up, then timed many times.
// Wall time on a shared machine is noisy, so the CPU time of this process is printed beside it,
// and the API server's share (list + Table conversion, which the shell does not own) is timed apart.
import { createCluster, createShell, type Pod } from "../lib/sim/index";

import { benchScenario, percentile } from "./lib/bench-support";

type Figure = { pods: number; command: string; medianMs: number; p95Ms: number; cpuMedianMs: number; outputKB: number; samples: number };
type Samples = { wall: number[]; cpu: number[] };

function build(pods: number) {
  const cluster = createCluster({ scenario: benchScenario(Math.max(2, Math.ceil(pods / 50))), seed: 1 });
  const shell = createShell({ cluster });
  for (let i = 0; i < pods / 100; i++) shell.run(`kubectl create deployment app${i} --image=nginx:1.27 --replicas=${Math.min(100, pods - i * 100)}`);
  for (let step = 0; step < 120; step++) {
    cluster.advance(5_000);
    const running = cluster.api.list<Pod>("pods", { namespace: "default" }).items.filter((p) => p.status?.phase === "Running").length;
    if (running >= pods) break;
  }
  return { cluster, shell };
}

function time(run: () => void, samples: number): Samples {
  for (let i = 0; i < Math.min(20, samples); i++) run();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < samples; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    run();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { wall: wall.sort((a, b) => a - b), cpu: cpu.sort((a, b) => a - b) };
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
      const t = time(() => {
        bytes = shell.run(command).output.length;
      }, samples);
      figures.push({ pods: running.length, command: command.replace(first, "<pod>"), medianMs: percentile(t.wall, 0.5), p95Ms: percentile(t.wall, 0.95), cpuMedianMs: percentile(t.cpu, 0.5), outputKB: bytes / 1024, samples });
    }
    const api = time(() => {
      const items = cluster.api.list("pods", { namespace: "" }).items;
      cluster.api.table("pods", items, { now: cluster.clock.now() });
    }, samples);
    figures.push({ pods: running.length, command: "  of which API list + Table (get -A)", medianMs: percentile(api.wall, 0.5), p95Ms: percentile(api.wall, 0.95), cpuMedianMs: percentile(api.cpu, 0.5), outputKB: 0, samples });
  }
  const rows = [
    ["pods Running", "command", "median ms", "p95 ms", "CPU median ms", "output KB", "samples"],
    ...figures.map((f) => [String(f.pods), f.command, f.medianMs.toFixed(2), f.p95Ms.toFixed(2), f.cpuMedianMs.toFixed(2), f.outputKB.toFixed(1), String(f.samples)]),
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const r of rows) console.log(r.map((c, i) => (i === 1 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("   "));
}

main();
