// Simulator scale benchmark: `npx tsx bench/sim-scale.ts`. Prints figures; not a timed test.
import { createCluster, generatedWorkers, type Pod, type ScenarioDefinition } from "../lib/sim/index";
import { deploymentFixture } from "../lib/sim/scenarios/fixtures";

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

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

type Row = { pods: number; nodes: number; bootMs: number; runningMs: number; virtualS: number; idleStepMs: number; listMs: number; heapMB: number; running: number };

function runOne(pods: number, nodes: number): Row {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const cluster = createCluster({ scenario: scenarioWith(nodes), seed: 1 });
  const bootMs = performance.now() - t0;
  const t1 = performance.now();
  for (let i = 0; i < pods / 100; i++) cluster.api.create("deployments", deploymentFixture(`app${i}`, { replicas: 100, image: "nginx:1.27" }));
  let running = 0;
  let virtual = 0;
  while (virtual < 600_000) {
    cluster.advance(1_000);
    virtual += 1_000;
    if (virtual % 5_000 === 0) {
      running = cluster.api.list<Pod>("pods", { fieldSelector: "status.phase=Running", labelSelector: "app" }).items.length;
      if (running >= pods) break;
    }
  }
  const runningMs = performance.now() - t1;
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
    cluster.api.list("pods", { namespace: "", labelSelector: "app" });
    lists.push(performance.now() - s);
  }
  gc?.();
  const heapMB = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
  return { pods, nodes, bootMs, runningMs, virtualS: virtual / 1000, idleStepMs: median(steps), listMs: median(lists), heapMB, running };
}

const rows = [runOne(1_000, 50), runOne(10_000, 500)];
console.log("pods    nodes  boot(ms)  create+schedule+Running(ms)  virtual(s)  idle step 100ms(ms, median)  list -l (ms, median)  heap(MB)  running");
for (const r of rows) {
  console.log(
    [
      String(r.pods).padEnd(7),
      String(r.nodes).padEnd(6),
      r.bootMs.toFixed(0).padEnd(9),
      r.runningMs.toFixed(0).padEnd(28),
      String(r.virtualS).padEnd(11),
      r.idleStepMs.toFixed(3).padEnd(28),
      r.listMs.toFixed(2).padEnd(21),
      r.heapMB.toFixed(0).padEnd(9),
      String(r.running),
    ].join(" "),
  );
}
