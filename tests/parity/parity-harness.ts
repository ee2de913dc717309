// The parity harness: runs each command of a script twice on the same cluster state, once through
// the simulator's shell and once through the real kubectl against the simulated API server, and
// reports whether stdout, stderr and the exit code are identical.
//
// Same state: before each compared command the served cluster is restored from the shell's cluster
// snapshot (a deterministic replay), so both paths start from identical objects at the same virtual
// time. The served cluster's clock is paused while kubectl runs, so AGE columns match; a step marked
// `waits` (rollout status, drain, delete that waits) lets the served clock run at a high speed
// while kubectl waits, as the shell advances virtual time while it waits.
//
// kubectl computes some ages itself from its own clock (describe's events, `kubectl events`): for a
// step marked `clientClock` runs on two copies of the state moved in time, so that their clock reads
// half a second into a second of the host's clock: kubectl runs on one during that second (its answer
// counts only if it finished within it; otherwise the step is tried again) and the shell on the other.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { createSession, createShell, restoreCluster, type Cluster } from "@/lib/sim";
import { SCENARIO_EPOCH_MS } from "@/lib/sim/core/time";
import { startKubeApiServer } from "@/lib/sim/cli/http-server";
import { kubeconfigFor } from "@/lib/sim/cli/kubeconfig";
import { tokenize } from "@/lib/sim/shell/tokenize";
import { runKubectl, type CommandOutput } from "./run-kubectl";

export type ParityStep =
  /** runs in the shell's session only, to build state (sim commands too) */
  | { setup: string }
  | { command: string; files?: Record<string, string>; waits?: boolean; clientClock?: boolean };

export type ParityResult = { command: string; identical: boolean; shell: CommandOutput; kubectl: CommandOutput; documented?: string };

export type ParityScript = { scenario: string; seed: number; k8sVersion: string; steps: ParityStep[] };

function argv(command: string): string[] {
  const t = tokenize(command);
  if (!t.ok || t.tokens.some((x) => x.kind !== "word")) throw new Error(`not a simple command: ${command}`);
  const words = t.tokens.map((x) => (x.kind === "word" ? x.value : ""));
  if (words[0] !== "kubectl") throw new Error(`not a kubectl command: ${command}`);
  return words.slice(1);
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

const CLIENT_CLOCK_ATTEMPTS = 5;

/**
 * Copies of the cluster moved in time so that their "now" is half a second into a coming second of the host's
 * clock (the same state, every timestamp shifted alike), and that second's start.
 */
function shiftedCopies(cluster: Cluster, leadMs: number): { served: Cluster; mirror: Cluster; second: number } {
  const snapshot = cluster.snapshot();
  const second = Math.floor((Date.now() + leadMs) / 1000) * 1000;
  const shift = second + 500 - cluster.clock.now();
  const moved = { ...snapshot, epochMs: (snapshot.epochMs ?? SCENARIO_EPOCH_MS) + shift };
  return { served: restoreCluster(moved), mirror: restoreCluster(moved), second };
}

function same(a: CommandOutput, b: CommandOutput): boolean {
  return a.stdout === b.stdout && a.stderr === b.stderr && a.exitCode === b.exitCode;
}

export async function runParity(script: ParityScript, documented: (command: string) => string | undefined, onResult?: (r: ParityResult) => void): Promise<ParityResult[]> {
  const session = createSession({ scenario: script.scenario, seed: script.seed, k8sVersion: script.k8sVersion });
  let served: Cluster = session.cluster;
  // A waiting step's clock starts with kubectl's first write or watch, so what kubectl lists first is the shell's state.
  let startClock: (() => void) | undefined;
  const server = await startKubeApiServer({
    backend: () => served,
    onTiming: (req) => {
      if (startClock && (req.method !== "GET" || req.url.includes("watch=true") || req.url.includes("watch=1"))) {
        startClock();
        startClock = undefined;
      }
    },
  });
  const home = mkdtempSync(join(tmpdir(), "kubectl-parity-"));
  const cwd = join(home, "work");
  mkdirSync(cwd);
  const kubeconfig = join(home, "config");
  writeFileSync(kubeconfig, kubeconfigFor(server.url));
  const results: ParityResult[] = [];

  async function compareNow(step: { command: string; waits?: boolean }): Promise<{ kubectl: CommandOutput; shell: CommandOutput }> {
    served = restoreCluster(session.cluster.snapshot());
    const cluster = served;
    let stopClock = () => undefined as void;
    if (step.waits) {
      startClock = () => {
        stopClock = cluster.startRealtime({
          now: () => performance.now(),
          schedule: (fn, ms) => {
            const t = setTimeout(fn, ms);
            return () => clearTimeout(t);
          },
          speed: 50,
        });
      };
    }
    const kubectl = await runKubectl(argv(step.command), { kubeconfig, home, cwd });
    startClock = undefined;
    stopClock();
    const r = session.run(step.command);
    session.interrupt();
    return { kubectl, shell: { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode } };
  }

  async function compareOnHostClock(command: string): Promise<{ kubectl: CommandOutput; shell: CommandOutput }> {
    // The lead must cover restoring two copies, which grows with the journal; it doubles when it fell short.
    let leadMs = 1500;
    for (let attempt = 1; ; attempt++) {
      const copies = shiftedCopies(session.cluster, leadMs);
      served = copies.served;
      if (Date.now() > copies.second - 20 && attempt < CLIENT_CLOCK_ATTEMPTS) {
        leadMs *= 2;
        continue;
      }
      await sleep(copies.second - Date.now());
      const kubectl = await runKubectl(argv(command), { kubeconfig, home, cwd });
      if (Date.now() < copies.second + 1000 || attempt === CLIENT_CLOCK_ATTEMPTS) {
        // The mirror shell reads the session's files, for commands that take -f.
        const r = createShell({ cluster: copies.mirror, fs: session.shell.fs }).run(command);
        return { kubectl, shell: { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode } };
      }
    }
  }

  try {
    for (const step of script.steps) {
      if ("setup" in step) {
        const r = session.run(step.setup);
        session.interrupt();
        if (r.exitCode !== 0) throw new Error(`setup failed: ${step.setup}\n${r.output}`);
        continue;
      }
      for (const [name, text] of Object.entries(step.files ?? {})) {
        writeFileSync(join(cwd, name), text);
        session.shell.fs.write(name, text);
      }
      const { kubectl, shell } = step.clientClock ? await compareOnHostClock(step.command) : await compareNow(step);
      const result = { command: step.command, identical: same(shell, kubectl), shell, kubectl, documented: documented(step.command) };
      results.push(result);
      onResult?.(result);
    }
  } finally {
    await server.close();
    rmSync(home, { recursive: true, force: true });
  }
  return results;
}

function diffLines(label: string, a: string, b: string): string[] {
  if (a === b) return [];
  const x = a.split("\n");
  const y = b.split("\n");
  const out = [`  ${label}:`];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if (x[i] === y[i]) out.push(`      ${x[i]}`);
    else {
      if (x[i] !== undefined) out.push(`    - ${x[i]}`);
      if (y[i] !== undefined) out.push(`    + ${y[i]}`);
    }
  }
  return out;
}

/** One line per command, and for each difference the lines of the shell (-) against kubectl (+). */
export function formatReport(results: ParityResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    const mark = r.identical ? "identical" : r.documented ? "documented" : "DIFFERENT";
    lines.push(`${mark.padEnd(10)} ${r.command}`);
    if (r.identical) continue;
    if (r.documented) lines.push(`  (${r.documented})`);
    lines.push(...diffLines("stdout", r.shell.stdout, r.kubectl.stdout), ...diffLines("stderr", r.shell.stderr, r.kubectl.stderr));
    if (r.shell.exitCode !== r.kubectl.exitCode) lines.push(`  exit code: shell ${r.shell.exitCode}, kubectl ${r.kubectl.exitCode}`);
  }
  const identical = results.filter((r) => r.identical).length;
  const documentedCount = results.filter((r) => !r.identical && r.documented).length;
  lines.push(`${identical}/${results.length} identical, ${documentedCount} documented differences, ${results.length - identical - documentedCount} undocumented`);
  return lines.join("\n");
}
