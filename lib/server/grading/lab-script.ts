import "server-only";

import { learnerTranscript } from "@/lib/labs/session";
import type { TranscriptEntry } from "@/lib/sim";

import { startLab, type LabStart } from "./lab-replay";

/** Virtual time between two lines of a script, as if a learner typed one every ten seconds. */
export const SCRIPT_LINE_GAP_MS = 10_000;

/**
 * Turns a script (one command line per line, a here-document kept with its command, blank lines and
 * `#` comments skipped) into the transcript a learner typing it would submit: each line ten seconds
 * after the previous one finished, `sleep N` lines adding their N seconds.
 */
export function transcriptFromScript(lab: LabStart, seed: number, script: string): TranscriptEntry[] {
  const session = startLab(lab, seed);
  let pending: string | undefined;
  const runLine = (line: string) => {
    session.advance(SCRIPT_LINE_GAP_MS);
    session.run(line);
    session.interrupt();
  };
  for (const line of script.replace(/\r\n/g, "\n").split("\n")) {
    if (pending === undefined) {
      if (line.trim() === "" || line.trim().startsWith("#")) continue;
      pending = line;
    } else {
      pending += `\n${line}`;
    }
    if (!session.shell.needsMore(pending)) {
      runLine(pending);
      pending = undefined;
    }
  }
  if (pending !== undefined) runLine(pending);
  return learnerTranscript(session, lab.setup);
}
