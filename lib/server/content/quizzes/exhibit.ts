import { createSession } from "@/lib/sim";

import type { Exhibit } from "./bank-schema";

// The same pace as the lesson checker: ten seconds of virtual time between commands.
const THINK_TIME_MS = 10_000;

export type RenderedExhibit = { command: string; output: string; prompt: string };

export class ExhibitError extends Error {}

/**
 * Runs an output item's setup in a fresh simulator session and captures what its command
 * prints, so the exhibit is always the simulator's real output. Throws when a setup line fails.
 */
export function renderExhibit(exhibit: Exhibit, lessonScenario: string): RenderedExhibit {
  const session = createSession({ scenario: exhibit.scenario ?? lessonScenario, seed: exhibit.seed });
  for (const line of exhibit.setup) {
    const result = session.run(line);
    session.interrupt();
    if (result.exitCode !== 0) {
      throw new ExhibitError(`setup command \`${line}\` failed with exit code ${result.exitCode}: ${result.output.trim().split("\n")[0] ?? ""}`);
    }
    session.advance(THINK_TIME_MS);
  }
  const prompt = session.shell.prompt();
  const result = session.run(exhibit.command);
  session.interrupt();
  return { command: exhibit.command, output: result.output.replace(/\n+$/, ""), prompt };
}
