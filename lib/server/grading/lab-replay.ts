import "server-only";

import { runLabSetup } from "@/lib/labs/session";
import type { LabReplayError } from "@/lib/labs/types";
import type { LabDefinition } from "@/lib/server/content/labs/lab-schema";
import { createSession, parseCommandLine, type Session, type TranscriptEntry } from "@/lib/sim";
import { MAX_LAB_SESSION_MS } from "@/lib/validation/lab";

export type LabStart = Pick<LabDefinition, "scenario" | "setup">;

export type ReplayOutcome = { ok: true; session: Session } | { ok: false; error: LabReplayError };

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

// "90", "5m", "1h30m", "250ms": every number with its unit (seconds when none).
function durationMs(arg: string): number {
  return [...arg.matchAll(/(\d+(?:\.\d+)?)(ms|[smhd])?/g)].reduce((sum, m) => sum + Number(m[1]) * UNIT_MS[m[2] ?? "s"]!, 0);
}

/**
 * The virtual time a line's explicit waits ask for (`sleep`, `sim advance`), counted generously, so
 * that a line asking for days is refused before it runs instead of replaying for minutes.
 */
export function requestedWaitMs(line: string): number {
  if (!line.includes("sleep") && !line.includes("advance")) return 0;
  const parsed = parseCommandLine(line);
  if (!parsed.ok) return 0;
  let ms = 0;
  for (const list of parsed.script) {
    for (const pipeline of [list.first, ...list.rest.map((r) => r.pipeline)]) {
      for (const { argv } of pipeline.commands) {
        const at = argv.findIndex((word) => word === "sleep" || word === "advance");
        if (at >= 0) ms += argv.slice(at + 1).reduce((sum, arg) => sum + durationMs(arg), 0);
      }
    }
  }
  return ms;
}

/** A fresh session at the lab's starting point: its scenario and seed, then its setup lines. */
export function startLab(lab: LabStart, seed: number): Session {
  const session = createSession({ scenario: lab.scenario, seed });
  runLabSetup(session, lab.setup);
  return session;
}

/**
 * Replays a learner's transcript after the lab's setup, as `restoreSession` does: each line at its
 * virtual time, a still-running command stopped after its line. Replay stops with an error when a
 * command makes the simulator fail or the session would pass `MAX_LAB_SESSION_MS`.
 */
export function replayLab(lab: LabStart, seed: number, transcript: readonly TranscriptEntry[]): ReplayOutcome {
  const session = startLab(lab, seed);
  for (const [index, entry] of transcript.entries()) {
    const gap = entry.at - session.elapsed();
    if (Math.max(entry.at, session.elapsed()) + requestedWaitMs(entry.line) > MAX_LAB_SESSION_MS) {
      return { ok: false, error: { index, line: entry.line, message: "the session runs past 6 hours of simulated time, longer than a lab is graded for; start the lab again" } };
    }
    if (gap > 0) session.advance(gap);
    try {
      session.run(entry.line);
    } catch (error) {
      return { ok: false, error: { index, line: entry.line, message: `the simulator failed on this command: ${error instanceof Error ? error.message : String(error)}` } };
    }
    session.interrupt();
  }
  return { ok: true, session };
}
