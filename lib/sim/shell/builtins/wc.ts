/**
 * PURPOSE: `wc` — line, word and byte counts.
 * MODELS: https://www.gnu.org/software/coreutils/manual/html_node/wc-invocation.html
 * NOT MODELLED: -m characters vs bytes (both count UTF-16 units), -L.
 */
import type { CommandFn } from "../types";
import { readInputs } from "./input";

export const wc: CommandFn = (argv, ctx, io) => {
  const selected = new Set<string>();
  const files: string[] = [];
  for (const a of argv) {
    if (a === "--lines") selected.add("l");
    else if (a === "--words") selected.add("w");
    else if (a === "--bytes" || a === "--chars") selected.add("c");
    else if (a.startsWith("-") && a.length > 1) for (const f of a.slice(1)) selected.add(f === "m" ? "c" : f);
    else files.push(a);
  }
  const order = ["l", "w", "c"].filter((f) => selected.size === 0 || selected.has(f));
  const { inputs, failed } = readInputs("wc", files, ctx, io);
  const rows = inputs.map((input) => ({ name: files.length === 0 ? "" : input.name, counts: count(input.text) }));
  if (rows.length > 1) rows.push({ name: "total", counts: rows.reduce((t, r) => ({ l: t.l + r.counts.l, w: t.w + r.counts.w, c: t.c + r.counts.c }), { l: 0, w: 0, c: 0 }) });
  // GNU wc prints a lone count unpadded; otherwise every count is right-aligned to a shared width (7 when reading stdin).
  const single = order.length === 1 && rows.length === 1;
  const width = single ? 0 : files.length === 0 ? 7 : Math.max(...rows.flatMap((r) => order.map((f) => String(r.counts[f as "l" | "w" | "c"]).length)));
  for (const row of rows) {
    const cells = order.map((f) => String(row.counts[f as "l" | "w" | "c"]).padStart(width));
    io.out(`${cells.join(" ")}${row.name ? ` ${row.name}` : ""}\n`);
  }
  return failed ? 1 : 0;
};

function count(text: string): { l: number; w: number; c: number } {
  const l = (text.match(/\n/g) ?? []).length;
  const w = text.split(/\s+/).filter((x) => x !== "").length;
  return { l, w, c: utf8Length(text) };
}

function utf8Length(text: string): number {
  let n = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    n += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return n;
}
