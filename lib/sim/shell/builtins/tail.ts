/**
 * PURPOSE: `tail` — the last lines of stdin or files (`-n +K` starts at line K).
 * MODELS: https://www.gnu.org/software/coreutils/manual/html_node/tail-invocation.html
 * NOT MODELLED: -f following, -c byte counts.
 */
import type { CommandFn } from "../types";
import { joinLines, parseCount, readInputs, splitLines } from "./input";

export const tail: CommandFn = (argv, ctx, io) => {
  const { count, rest, error } = parseCount(argv.filter((a) => a !== "-f"));
  if (error) {
    io.err(`tail: ${error}\n`);
    return 1;
  }
  const raw = count ?? "10";
  const fromStart = raw.startsWith("+");
  const n = Number(fromStart ? raw.slice(1) : raw.replace(/^-/, ""));
  if (!Number.isInteger(n)) {
    io.err(`tail: invalid number of lines: ‘${raw}’\n`);
    return 1;
  }
  const { inputs, failed } = readInputs("tail", rest, ctx, io);
  inputs.forEach((input, index) => {
    if (inputs.length > 1) io.out(`${index > 0 ? "\n" : ""}==> ${input.name} <==\n`);
    const lines = splitLines(input.text);
    io.out(joinLines(fromStart ? lines.slice(Math.max(0, n - 1)) : n === 0 ? [] : lines.slice(-n)));
  });
  return failed ? 1 : 0;
};
