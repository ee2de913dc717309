// Real kubectl against the simulated API server: `npm run bench:kubectl-http [pods]` (default 1000).
// Builds a cluster of that many Running pods, serves it over HTTP (virtual time paused) and runs
// `kubectl get pods -A` through the real kubectl several times: prints the server's time per request
// (the handler: routing, list, Table conversion, JSON), the requests per command and the command's
// wall time, next to the same command in the in-process shell. Needs /usr/bin/kubectl.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { createCluster, createShell, type Pod } from "../lib/sim/index";
import { startKubeApiServer } from "../lib/sim/cli/http-server";
import { kubeconfigFor } from "../lib/sim/cli/kubeconfig";
import { benchScenario, median } from "./lib/bench-support";

const KUBECTL = "/usr/bin/kubectl";
const RUNS = 15;
const COMMAND = ["get", "pods", "-A"];

function run(env: NodeJS.ProcessEnv): Promise<{ ms: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(KUBECTL, COMMAND, { env });
    let bytes = 0;
    child.stdout.on("data", (d: Buffer) => (bytes += d.length));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve({ ms: performance.now() - t0, bytes }) : reject(new Error(`kubectl exited ${code}`))));
  });
}

async function main(): Promise<void> {
  if (!existsSync(KUBECTL)) {
    console.log(`${KUBECTL} not found; this benchmark needs the real kubectl.`);
    return;
  }
  const pods = Number(process.argv[2] ?? 1000);
  const cluster = createCluster({ scenario: benchScenario(Math.max(2, Math.ceil(pods / 50))), seed: 1, k8sVersion: "1.32" });
  const shell = createShell({ cluster });
  for (let i = 0; i < pods / 100; i++) shell.run(`kubectl create deployment app${i} --image=nginx:1.27 --replicas=${Math.min(100, pods - i * 100)}`);
  for (let step = 0; step < 120; step++) {
    cluster.advance(5_000);
    if (cluster.api.list<Pod>("pods", { namespace: "default" }).items.every((p) => p.status?.phase === "Running")) break;
  }
  const total = cluster.api.list("pods", { namespace: "" }).items.length;

  const timings: { url: string; ms: number }[] = [];
  const server = await startKubeApiServer({ backend: () => cluster, onTiming: (req, ms) => timings.push({ url: req.url, ms }) });
  const home = mkdtempSync(join(tmpdir(), "kubectl-bench-"));
  writeFileSync(join(home, "config"), kubeconfigFor(server.url));
  const env = { ...process.env, HOME: home, KUBECONFIG: join(home, "config"), KUBECACHEDIR: join(home, "cache") };
  try {
    await run(env); // warms the discovery cache, as any second kubectl command finds it
    timings.length = 0;
    const wall: number[] = [];
    let bytes = 0;
    for (let i = 0; i < RUNS; i++) {
      const r = await run(env);
      wall.push(r.ms);
      bytes = r.bytes;
    }
    const lists = timings.filter((t) => t.url.startsWith("/api/v1/pods"));
    const shellMs: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      shell.run("kubectl get pods -A");
      shellMs.push(performance.now() - t0);
    }
    console.log(`kubectl get pods -A, ${total} pods (${pods} in Deployments plus kube-system), ${RUNS} runs, medians:`);
    console.log(`  real kubectl over HTTP, whole command wall time   ${median(wall).toFixed(1)} ms (output ${(bytes / 1024).toFixed(0)} KB)`);
    console.log(`  server time for the pod list request (as=Table)   ${median(lists.map((t) => t.ms)).toFixed(1)} ms`);
    const perCommand = timings.reduce((sum, t) => sum + t.ms, 0) / RUNS;
    console.log(`  server time for all ${timings.length / RUNS} requests of one command (mean) ${perCommand.toFixed(1)} ms`);
    console.log(`  in-process shell, same command                    ${median(shellMs).toFixed(1)} ms`);
  } finally {
    await server.close();
    rmSync(home, { recursive: true, force: true });
  }
}

void main();
