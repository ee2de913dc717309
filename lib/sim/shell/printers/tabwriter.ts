/**
 * PURPOSE: elastic tabstops as Go's text/tabwriter computes them, the layout engine behind
 * kubectl tables (minwidth 6, tabwidth 4, padding 3), describe (0, 8, 2), crictl (20, 1, 3) and docker (10, 1, 3).
 * MODELS: https://pkg.go.dev/text/tabwriter (cells are tab-terminated; a column block is a run of
 * consecutive lines that have a cell in that column; width = max(minwidth, widest cell + padding);
 * the text after a line's last tab is not a cell and is never padded)
 * kubectl's writer also remembers column widths across flushes (RememberWidths in its tabwriter
 * fork), so rows printed later by `get -w` line up with the table printed first: pass the same
 * `remembered` array to every call.
 * NOT MODELLED: AlignRight, Debug, FilterHTML, tab padding (padchar is always a space here).
 */

export type TabwriterOptions = { minwidth: number; padding: number };

export const KUBECTL_TABLE: TabwriterOptions = { minwidth: 6, padding: 3 };
export const KUBECTL_DESCRIBE: TabwriterOptions = { minwidth: 0, padding: 2 };
export const CRICTL_TABLE: TabwriterOptions = { minwidth: 20, padding: 3 };
export const DOCKER_TABLE: TabwriterOptions = { minwidth: 10, padding: 3 };

type Cell = { text: string; width: number };

/** Formats text whose cells are separated by `\t` and lines by `\n`. */
export function formatTabbed(text: string, options: TabwriterOptions, remembered?: number[]): string {
  const endsWithNewline = text.endsWith("\n");
  const rawLines = (endsWithNewline ? text.slice(0, -1) : text).split("\n");
  const lines: Cell[][] = rawLines.map((line) => line.split("\t").map((cell) => ({ text: cell, width: runeCount(cell) })));
  const out: string[] = [];
  const widths: number[] = [];

  function writeLines(from: number, to: number): void {
    for (let i = from; i < to; i++) {
      const line = lines[i];
      let s = "";
      line.forEach((cell, j) => {
        s += cell.text;
        if (j < widths.length && j < line.length - 1) s += spaces(widths[j] - cell.width);
      });
      out.push(s);
    }
  }

  function format(line0: number, line1: number): void {
    const column = widths.length;
    let start = line0;
    for (let i = line0; i < line1; i++) {
      if (column >= lines[i].length - 1) continue;
      writeLines(start, i);
      start = i;
      let width = options.minwidth;
      for (; i < line1; i++) {
        const line = lines[i];
        if (column >= line.length - 1) break;
        width = Math.max(width, line[column].width + options.padding);
      }
      if (remembered) {
        width = Math.max(width, remembered[column] ?? 0);
        remembered[column] = width;
      }
      widths.push(width);
      format(start, i);
      widths.pop();
      start = i;
      i--;
    }
    writeLines(start, line1);
  }

  format(0, lines.length);
  return out.join("\n") + (endsWithNewline ? "\n" : "");
}

/** Rows of cells to tab-separated lines, then formatted: the shape every table printer uses. */
export function formatRows(rows: string[][], options: TabwriterOptions = KUBECTL_TABLE, remembered?: number[]): string {
  if (rows.length === 0) return "";
  if (!isPlainGrid(rows)) return formatTabbed(rows.map((r) => `${r.join("\t")}\n`).join(""), options, remembered);
  // Every line has the same cells, so each column is one block spanning all lines: the widths
  // are per-column maxima, which gives the same text as the general algorithm, much faster.
  const columns = rows[0].length - 1;
  const cellWidths = rows.map((row) => row.map(runeCount));
  const widths: number[] = [];
  for (let j = 0; j < columns; j++) {
    let width = options.minwidth;
    for (const line of cellWidths) width = Math.max(width, line[j] + options.padding);
    if (remembered) {
      width = Math.max(width, remembered[j] ?? 0);
      remembered[j] = width;
    }
    widths.push(width);
  }
  let out = "";
  rows.forEach((row, i) => {
    const lineWidths = cellWidths[i];
    for (let j = 0; j < columns; j++) out += row[j] + spaces(widths[j] - lineWidths[j]);
    out += `${row[columns]}\n`;
  });
  return out;
}

function isPlainGrid(rows: string[][]): boolean {
  const length = rows[0].length;
  for (const row of rows) {
    if (row.length !== length) return false;
    for (const cell of row) if (cell.includes("\t") || cell.includes("\n")) return false;
  }
  return true;
}

const SPACES: string[] = [];

function spaces(n: number): string {
  if (n <= 0) return "";
  if (n > 256) return " ".repeat(n);
  return (SPACES[n] ??= " ".repeat(n));
}

const SURROGATE = /[\uD800-\uDFFF]/;

function runeCount(text: string): number {
  if (!SURROGATE.test(text)) return text.length;
  let n = 0;
  for (const _ of text) n++;
  return n;
}
