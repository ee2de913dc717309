import type { Session, TranscriptEntry } from "@/lib/sim";

import type { PublicLab } from "./types";

/**
 * Brings a fresh session to the lab's starting point by running its setup lines, as the server does
 * before replaying a submission. Call it right after `createSession({ scenario: lab.scenario, seed })`.
 */
export function runLabSetup(session: Session, setup: PublicLab["setup"]): void {
  for (const line of setup) {
    session.run(line);
    session.interrupt();
  }
}

/** What to submit: the session's transcript without the setup lines it starts with. */
export function learnerTranscript(session: Session, setup: PublicLab["setup"]): TranscriptEntry[] {
  return session.transcript.slice(setup.length).map((entry) => ({ at: entry.at, line: entry.line }));
}
