/**
 * PURPOSE: `sort` — order lines, optionally numerically, reversed, unique or by a field.
 * MODELS: https://www.gnu.org/software/coreutils/manual/html_node/sort-invocation.html
 * NOT MODELLED: locale collation (bytes compare as in LC_ALL=C), -h, -M, multiple keys.
 */
import type { CommandFn } from "../types";
import { joinLines, readInputs, splitLines } from "./input";

export const sort: CommandFn = (argv, ctx, io) => {
  let reverse = false;
  let numeric = false;
  let unique = false;
  let key: number | undefined;
  let separator: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "-k") key = parseInt(argv[++i] ?? "", 10);
    else if (a.startsWith("-k")) key = parseInt(a.slice(2), 10);
    else if (a === "-t") separator = argv[++i];
    else if (a.startsWith("-t")) separator = a.slice(2);
    else if (a.startsWith("-") && a.length > 1) {
      for (const f of a.slice(1)) {
        if (f === "r") reverse = true;
        else if (f === "n") numeric = true;
        else if (f === "u") unique = true;
        else {
          io.err(`sort: invalid option -- '${f}'\nTry 'sort --help' for more information.\n`);
          return 2;
        }
      }
    } else files.push(a);
  }
  const { inputs, failed } = readInputs("sort", files, ctx, io);
  const lines = inputs.flatMap((input) => splitLines(input.text));
  const keyOf = (line: string): string => {
    if (key === undefined || Number.isNaN(key)) return line;
    const fields = separator !== undefined ? line.split(separator) : line.trim().split(/\s+/);
    return fields.slice(key - 1).join(separator ?? " ");
  };
  const compare = (a: string, b: string): number => {
    const ka = keyOf(a);
    const kb = keyOf(b);
    if (numeric) {
      const diff = leadingNumber(ka) - leadingNumber(kb);
      if (diff !== 0) return diff;
    }
    const primary = ka < kb ? -1 : ka > kb ? 1 : 0;
    if (primary !== 0 || numeric) return primary;
    return a < b ? -1 : a > b ? 1 : 0;
  };
  const sorted = [...lines].sort((a, b) => (reverse ? -compare(a, b) : compare(a, b)));
  const result = unique ? sorted.filter((line, i) => i === 0 || compare(sorted[i - 1], line) !== 0) : sorted;
  io.out(joinLines(result));
  return failed ? 2 : 0;
};

function leadingNumber(text: string): number {
  const match = /^\s*(-?\d+(\.\d+)?)/.exec(text);
  return match ? Number(match[1]) : 0;
}
