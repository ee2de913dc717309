/**
 * PURPOSE: the scripted mode of the command-line tool: split a script into command lines (a
 * here-document keeps its body with its command), run each in a session and print it as a
 * terminal would show it: `$ command`, here-document lines after `> `, then the output.
 * A watch (`kubectl get pods -w`) keeps printing through the `sleep` and `sim` lines after it and
 * ends with `^C` before the next command, as if the author pressed Ctrl-C there.
 * MODELS: a non-interactive shell reading commands, https://www.gnu.org/software/bash/manual/html_node/Shell-Scripts.html
 * NOT MODELLED: comments after a command on the same line, line continuations with a backslash.
 */
import type { Session } from "../session/session";

/** Command lines of a script: blank lines and `#` comments are skipped. */
export function splitCommandLines(text: string, needsMore: (text: string) => boolean): string[] {
  const lines = text.replace(/\r\n/g, "\n").split("\n");
  const commands: string[] = [];
  let pending: string | undefined;
  for (const line of lines) {
    if (pending === undefined) {
      const trimmed = line.trim();
      if (trimmed === "" || trimmed.startsWith("#")) continue;
      pending = line;
    } else {
      pending += `\n${line}`;
    }
    if (!needsMore(pending)) {
      commands.push(pending);
      pending = undefined;
    }
  }
  if (pending !== undefined) commands.push(pending);
  return commands;
}

/** Runs the command lines and writes the transcript; returns nothing: failing commands are part of the story. */
export function runScript(session: Session, commands: string[], write: (text: string) => void): void {
  for (const command of commands) {
    if (!session.keepsRunning(command) && session.interrupt()) write("^C\n");
    const [first, ...rest] = command.split("\n");
    write(`$ ${first}\n${rest.map((l) => `> ${l}\n`).join("")}`);
    const result = session.run(command);
    write(result.output);
    if (result.output !== "" && !result.output.endsWith("\n")) write("\n");
  }
  if (session.interrupt()) write("^C\n");
}
