import { describeFsError } from "../fs";
import type { Io, ShellContext } from "../types";

export type Input = { name: string; text: string };

/** Files named on the command line, or stdin when there are none (or for `-`); errors go to stderr as coreutils words them. */
export function readInputs(tool: string, files: string[], ctx: ShellContext, io: Io): { inputs: Input[]; failed: boolean } {
  if (files.length === 0) return { inputs: [{ name: "(standard input)", text: io.stdin }], failed: false };
  const inputs: Input[] = [];
  let failed = false;
  for (const file of files) {
    if (file === "-") {
      inputs.push({ name: "(standard input)", text: io.stdin });
      continue;
    }
    const read = ctx.fs.read(file);
    if (read.ok) inputs.push({ name: file, text: read.value });
    else {
      io.err(`${tool}: ${file}: ${describeFsError(read.error)}\n`);
      failed = true;
    }
  }
  return { inputs, failed };
}

export function splitLines(text: string): string[] {
  if (text === "") return [];
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}

export function joinLines(lines: string[]): string {
  return lines.map((l) => `${l}\n`).join("");
}

/** Parses `-n N`, `-nN`, `--lines=N` and the historic `-N` form shared by head and tail. */
export function parseCount(args: string[]): { count: string | undefined; rest: string[]; error?: string } {
  const rest: string[] = [];
  let count: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "-n" || a === "--lines") {
      if (i + 1 >= args.length) return { count, rest, error: `option requires an argument -- 'n'` };
      count = args[++i];
    } else if (a.startsWith("--lines=")) count = a.slice(8);
    else if (/^-n.+/.test(a)) count = a.slice(2);
    else if (/^-\d+$/.test(a)) count = a.slice(1);
    else rest.push(a);
  }
  return { count, rest };
}
