import { createSession } from "@/lib/sim";

import { extractCodeBlocks } from "@/lib/content/extract-code-blocks";
import { splitCommands } from "@/lib/content/split-commands";

export type CommandFailure = { command: string; line: number; expectedError: boolean; exitCode: number; output: string };
export type LessonCommandReport = { commands: number; failures: CommandFailure[] };

// The lesson terminal boots with seed 1, so the checker sees the names the text describes.
const LESSON_SEED = 1;
// A learner reads the "Notice …" line and types the next command; ten seconds of
// virtual time lets pods start and controllers react, as they would in the terminal.
const THINK_TIME_MS = 10_000;

function isShell(lang: string): boolean {
  return lang === "sh" || lang === "bash" || lang === "shell";
}

/**
 * Runs every command of a lesson's shell blocks, in order, in one shell session
 * on the lesson's scenario — the same session (shell plus `sim` commands) the
 * lesson terminal runs. A block marked ```sh error must fail (non-zero
 * exit); every other command must succeed.
 */
export function runLessonCommands(options: { body: string; scenario: string }): LessonCommandReport {
  const session = createSession({ scenario: options.scenario, seed: LESSON_SEED });
  const failures: CommandFailure[] = [];
  let commands = 0;
  for (const block of extractCodeBlocks(options.body)) {
    if (!isShell(block.lang)) continue;
    const expectedError = block.meta.split(/\s+/).includes("error");
    for (const command of splitCommands(block.code)) {
      commands++;
      let result: { exitCode: number; output: string };
      try {
        result = session.run(command);
      } catch (error) {
        result = { exitCode: -1, output: `the simulator threw: ${error instanceof Error ? error.message : String(error)}` };
      }
      const failed = result.exitCode !== 0;
      if (failed !== expectedError) {
        failures.push({ command, line: block.line, expectedError, exitCode: result.exitCode, output: result.output.trim() });
      }
      session.advance(THINK_TIME_MS);
    }
  }
  return { commands, failures };
}
