/**
 * PURPOSE: `head` — the first lines of stdin or files.
 * MODELS: https://www.gnu.org/software/coreutils/manual/html_node/head-invocation.html
 * NOT MODELLED: -c byte counts, -q/-v headers.
 */
import type { CommandFn } from "../types";
import { joinLines, parseCount, readInputs, splitLines } from "./input";

export const head: CommandFn = (argv, ctx, io) => {
  const { count, rest, error } = parseCount(argv);
  if (error) {
    io.err(`head: ${error}\n`);
    return 1;
  }
  const n = Number(count ?? "10");
  if (!Number.isInteger(n)) {
    io.err(`head: invalid number of lines: ‘${count}’\n`);
    return 1;
  }
  const { inputs, failed } = readInputs("head", rest, ctx, io);
  inputs.forEach((input, index) => {
    if (inputs.length > 1) io.out(`${index > 0 ? "\n" : ""}==> ${input.name} <==\n`);
    const lines = splitLines(input.text);
    io.out(joinLines(n >= 0 ? lines.slice(0, n) : lines.slice(0, Math.max(0, lines.length + n))));
  });
  return failed ? 1 : 0;
};
