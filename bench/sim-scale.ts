// Simulator scale benchmark: `node --expose-gc --import tsx bench/sim-scale.ts [pods...]` (default 1000 10000).
// Prints figures and how each grows from the smallest to the largest size; not a timed test.
// Wall time on a shared machine is noisy, so CPU time (user + system of this process) is printed beside it.
import { PerformanceObserver } from "node:perf_hooks";
import { createCluster, type Pod } from "../lib/sim/index";
import { deploymentFixture } from "../lib/sim/scenarios/fixtures";

import { benchScenario, median } from "./lib/bench-support";

let gcMs = 0;
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcMs += e.duration;
}).observe({ entryTypes: ["gc"] });

/** Lets the gc observer report what happened during the synchronous work before. */
function flush(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

type Span = { wallMs: number; cpuMs: number; gcMs: number };

// The benchmark's own pods: every pod with an `app` label except the network plugin's DaemonSet pods.
const BENCH_PODS = "app,app!=flannel";

async function measure(fn: () => void): Promise<Span> {
  await flush();
  const gc0 = gcMs;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const wallMs = performance.now() - t0;
  const c = process.cpuUsage(c0);
  await flush();
  return { wallMs, cpuMs: (c.user + c.system) / 1000, gcMs: gcMs - gc0 };
}

type Row = {
  pods: number;
  nodes: number;
  boot: Span;
  create: Span;
  running: Span;
  virtualS: number;
  events: number;
  idleStepMs: number;
  listMs: number;
  heapMB: number;
  runningPods: number;
};

async function runOne(pods: number, nodes: number): Promise<Row> {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  let cluster = undefined as unknown as ReturnType<typeof createCluster>;
  const boot = await measure(() => {
    cluster = createCluster({ scenario: benchScenario(nodes), seed: 1 });
  });
  let runningPods = 0;
  let virtual = 0;
  // "created, scheduled and Running": from the first Deployment create call until every pod is Running.
  let create: Span = { wallMs: 0, cpuMs: 0, gcMs: 0 };
  const running = await measure(() => {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (let i = 0; i < pods / 100; i++) cluster.api.create("deployments", deploymentFixture(`app${i}`, { replicas: 100, image: "nginx:1.27" }));
    const c = process.cpuUsage(c0);
    create = { wallMs: performance.now() - t0, cpuMs: (c.user + c.system) / 1000, gcMs: 0 };
    while (virtual < 600_000) {
      cluster.advance(1_000);
      virtual += 1_000;
      if (virtual % 5_000 === 0) {
        runningPods = cluster.api.list<Pod>("pods", { namespace: "", fieldSelector: "status.phase=Running", labelSelector: BENCH_PODS }).items.length;
        if (runningPods >= pods) break;
      }
    }
  });
  const events = cluster.api.list("events", { namespace: "" }).items.length;
  cluster.advance(60_000);
  const steps: number[] = [];
  for (let i = 0; i < 200; i++) {
    const s = performance.now();
    cluster.advance(100);
    steps.push(performance.now() - s);
  }
  const lists: number[] = [];
  for (let i = 0; i < 20; i++) {
    const s = performance.now();
    const n = cluster.api.list("pods", { namespace: "", labelSelector: BENCH_PODS }).items.length;
    lists.push(performance.now() - s);
    if (n !== pods) throw new Error(`listed ${n} pods, expected ${pods}`);
  }
  gc?.();
  const heapMB = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
  return { pods, nodes, boot, create, running, virtualS: virtual / 1000, events, idleStepMs: median(steps), listMs: median(lists), heapMB, runningPods };
}

function fmt(n: number, digits = 0): string {
  return n.toFixed(digits);
}

function cells(r: Row): string[] {
  return [
    String(r.pods),
    String(r.nodes),
    `${fmt(r.boot.wallMs)}/${fmt(r.boot.cpuMs)}`,
    `${fmt(r.create.wallMs)}/${fmt(r.create.cpuMs)}`,
    `${fmt(r.running.wallMs)}/${fmt(r.running.cpuMs)}`,
    fmt(r.running.gcMs),
    String(r.virtualS),
    String(r.events),
    fmt(r.idleStepMs, 3),
    fmt(r.listMs, 2),
    fmt(r.heapMB),
    String(r.runningPods),
  ];
}

const HEADER = ["pods", "nodes", "boot wall/cpu ms", "create wall/cpu ms", "to Running wall/cpu ms", "gc ms", "virtual s", "events", "idle step ms", "list -l ms", "heap MB", "running"];

function printTable(rows: string[][]): void {
  const widths = HEADER.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  for (const r of [HEADER, ...rows]) console.log(r.map((c, i) => c.padEnd(widths[i])).join("  "));
}

async function main(): Promise<void> {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  const rows: Row[] = [];
  for (const pods of sizes.length > 0 ? sizes : [1_000, 10_000]) rows.push(await runOne(pods, Math.max(1, pods / 20)));
  const table = rows.map(cells);
  if (rows.length > 1) {
    const a = rows[0];
    const b = rows[rows.length - 1];
    const x = (p: number, q: number) => (p > 0 ? `x${fmt(q / p, 1)}` : "-");
    table.push([
      `x${fmt(b.pods / a.pods)}`,
      `x${fmt(b.nodes / a.nodes)}`,
      `${x(a.boot.wallMs, b.boot.wallMs)}/${x(a.boot.cpuMs, b.boot.cpuMs)}`,
      `${x(a.create.wallMs, b.create.wallMs)}/${x(a.create.cpuMs, b.create.cpuMs)}`,
      `${x(a.running.wallMs, b.running.wallMs)}/${x(a.running.cpuMs, b.running.cpuMs)}`,
      x(a.running.gcMs, b.running.gcMs),
      "",
      x(a.events, b.events),
      x(a.idleStepMs, b.idleStepMs),
      x(a.listMs, b.listMs),
      x(a.heapMB, b.heapMB),
      "",
    ]);
  }
  printTable(table);
}

void main();
