/**
 * PURPOSE: `uniq` — collapse adjacent duplicate lines, optionally counting them.
 * MODELS: https://www.gnu.org/software/coreutils/manual/html_node/uniq-invocation.html
 * NOT MODELLED: -f/-s field skipping, -d/-u selection.
 */
import type { CommandFn } from "../types";
import { readInputs, splitLines } from "./input";

export const uniq: CommandFn = (argv, ctx, io) => {
  const counting = argv.includes("-c");
  const { inputs, failed } = readInputs("uniq", argv.filter((a) => a !== "-c").slice(0, 1), ctx, io);
  const lines = inputs.flatMap((i) => splitLines(i.text));
  const groups: { line: string; n: number }[] = [];
  for (const line of lines) {
    const last = groups[groups.length - 1];
    if (last && last.line === line) last.n++;
    else groups.push({ line, n: 1 });
  }
  for (const g of groups) io.out(counting ? `${String(g.n).padStart(7)} ${g.line}\n` : `${g.line}\n`);
  return failed ? 1 : 0;
};
