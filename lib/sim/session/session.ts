/**
 * PURPOSE: a learner's terminal session: one cluster, one shell, and the transcript of every
 * command line with the virtual time it ran at, so the whole session can be saved, shared and
 * restored (or graded on the server) by deterministic replay.
 * MODELS: no Kubernetes component.
 * A command that keeps running (`kubectl get pods -w`) goes on through `sleep` and `sim` lines (the
 * learner watches while time passes or a fault hits), whose output then includes what it printed;
 * any other line stops it first, as Ctrl-C would. Replay stops it at once: a stream never outlives
 * its line there, and watching changes nothing in the cluster.
 * NOT MODELLED: commands that would read the wall clock; everything here is virtual time.
 */
import { createCluster } from "../cluster/create-cluster";
import type { Cluster } from "../cluster/types";
import { createShell, type RunResult, type Shell } from "../shell/index";
import { collectWhile, continuesStream } from "../shell/stream";
import { tokenize } from "../shell/tokenize";
import { runSimCommand } from "./sim-command";

/** `at` is virtual milliseconds since the session started. */
export type TranscriptEntry = { at: number; line: string };

/** k8sVersion and epochMs: the emulated release and the hand-over time when they are not the defaults. */
export type SavedSession = { version: 1; scenario: string; seed: number; k8sVersion?: string; epochMs?: number; transcript: TranscriptEntry[]; elapsed: number };

export type Session = {
  readonly cluster: Cluster;
  readonly shell: Shell;
  readonly scenario: string;
  readonly seed: number;
  /** Runs a command line and records it in the transcript; `stream` is set while it keeps running. */
  run(line: string): RunResult;
  /** True when `line` lets a running command go on (`sleep`, `sim`) instead of stopping it. */
  keepsRunning(line: string): boolean;
  /** Stops a still-running command (Ctrl-C); false when nothing was running. */
  interrupt(): boolean;
  /** Moves virtual time forward (the live clock calls this). */
  advance(ms: number): void;
  /** Virtual milliseconds since the session started. */
  elapsed(): number;
  readonly transcript: readonly TranscriptEntry[];
  toJSON(): SavedSession;
};

// `sim ...` lines (a single simple command, no pipes) drive the simulation; all else goes to the shell.
function simArguments(line: string): string[] | undefined {
  const trimmed = line.trim();
  if (trimmed !== "sim" && !trimmed.startsWith("sim ")) return undefined;
  const result = tokenize(trimmed);
  if (!result.ok || result.tokens.some((t) => t.kind !== "word")) return undefined;
  return result.tokens.slice(1).map((t) => (t.kind === "word" ? t.value : ""));
}

export function createSession(options: { scenario: string; seed: number; k8sVersion?: string; epochMs?: number }): Session {
  const cluster = createCluster(options);
  const shell = createShell({ cluster });
  const start = cluster.clock.now();
  const transcript: TranscriptEntry[] = [];
  const elapsed = () => cluster.clock.now() - start;
  return {
    cluster,
    shell,
    scenario: options.scenario,
    seed: options.seed,
    run(line) {
      transcript.push({ at: elapsed(), line });
      const simArgs = simArguments(line);
      if (!simArgs) return shell.run(line);
      const { value: result, text } = collectWhile(shell.foreground(), () => runSimCommand(cluster, simArgs));
      return { ...result, stdout: result.stdout + text, output: result.stdout + result.stderr + text };
    },
    keepsRunning: (line) => simArguments(line) !== undefined || continuesStream(line),
    interrupt: () => shell.interrupt(),
    advance: (ms) => cluster.advance(ms),
    elapsed,
    transcript,
    toJSON: () => ({ version: 1, scenario: options.scenario, seed: options.seed, ...(options.k8sVersion ? { k8sVersion: options.k8sVersion } : {}), ...(options.epochMs !== undefined ? { epochMs: options.epochMs } : {}), transcript: transcript.map((e) => ({ ...e })), elapsed: elapsed() }),
  };
}

/** Rebuilds a session by replaying its transcript at the recorded virtual times. */
export function restoreSession(saved: SavedSession): Session {
  const session = createSession({ scenario: saved.scenario, seed: saved.seed, k8sVersion: saved.k8sVersion, epochMs: saved.epochMs });
  for (const entry of saved.transcript) {
    const gap = entry.at - session.elapsed();
    if (gap > 0) session.advance(gap);
    session.run(entry.line);
    session.interrupt();
  }
  const rest = saved.elapsed - session.elapsed();
  if (rest > 0) session.advance(rest);
  return session;
}
