/**
 * PURPOSE: `grep` over stdin or files with the options learners pipe kubectl output into.
 * MODELS: https://www.gnu.org/software/grep/manual/grep.html
 * NOT MODELLED: -r, -l, colour, POSIX character classes beyond what JavaScript regexps share.
 */
import type { CommandFn } from "../types";
import { readInputs, splitLines } from "./input";

type GrepOptions = {
  ignoreCase: boolean;
  invert: boolean;
  count: boolean;
  extended: boolean;
  fixed: boolean;
  lineNumbers: boolean;
  quiet: boolean;
  onlyMatching: boolean;
  word: boolean;
  patterns: string[];
  before: number;
  after: number;
};

const CONTEXT_FLAGS: Record<string, "A" | "B" | "C"> = { A: "A", B: "B", C: "C", "--after-context": "A", "--before-context": "B", "--context": "C" };

function setContext(opts: GrepOptions, which: "A" | "B" | "C", value: string | undefined, io: Parameters<CommandFn>[2]): boolean {
  if (value === undefined || !/^\d+$/.test(value)) {
    io.err(`grep: ${value ?? ""}: invalid context length argument\n`);
    return false;
  }
  const n = Number(value);
  if (which !== "B") opts.after = n;
  if (which !== "A") opts.before = n;
  return true;
}

export const grep: CommandFn = (argv, ctx, io) => {
  const opts: GrepOptions = { ignoreCase: false, invert: false, count: false, extended: false, fixed: false, lineNumbers: false, quiet: false, onlyMatching: false, word: false, patterns: [], before: 0, after: 0 };
  const operands: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") {
      operands.push(...argv.slice(i + 1));
      break;
    }
    if (a === "-e") {
      opts.patterns.push(argv[++i] ?? "");
      continue;
    }
    const long = /^(--(?:after|before)?-?context)(?:=(.*))?$/.exec(a);
    if (long && CONTEXT_FLAGS[long[1]]) {
      if (!setContext(opts, CONTEXT_FLAGS[long[1]], long[2] ?? argv[++i], io)) return 2;
      continue;
    }
    if (a.startsWith("-") && a.length > 1 && !a.startsWith("--")) {
      const flags = a.slice(1);
      for (let j = 0; j < flags.length; j++) {
        const flag = flags[j];
        if (flag === "A" || flag === "B" || flag === "C") {
          const rest = flags.slice(j + 1);
          if (!setContext(opts, flag, rest !== "" ? rest : argv[++i], io)) return 2;
          break;
        }
        if (/\d/.test(flag)) {
          if (!setContext(opts, "C", flags.slice(j), io)) return 2;
          break;
        }
        if (flag === "i") opts.ignoreCase = true;
        else if (flag === "v") opts.invert = true;
        else if (flag === "c") opts.count = true;
        else if (flag === "E") opts.extended = true;
        else if (flag === "F") opts.fixed = true;
        else if (flag === "n") opts.lineNumbers = true;
        else if (flag === "q") opts.quiet = true;
        else if (flag === "o") opts.onlyMatching = true;
        else if (flag === "w") opts.word = true;
        else {
          io.err(`grep: invalid option -- '${flag}'\nUsage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n`);
          return 2;
        }
      }
      continue;
    }
    operands.push(a);
  }
  if (opts.patterns.length === 0) {
    const pattern = operands.shift();
    if (pattern === undefined) {
      io.err("Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n");
      return 2;
    }
    opts.patterns.push(pattern);
  }
  let regex: RegExp;
  try {
    regex = compile(opts);
  } catch {
    io.err("grep: Invalid regular expression\n");
    return 2;
  }
  const { inputs, failed } = readInputs("grep", operands, ctx, io);
  const prefixNames = operands.length > 1;
  let matched = false;
  const withContext = opts.before > 0 || opts.after > 0;
  let printedGroup = false;
  for (const input of inputs) {
    let count = 0;
    const lines = splitLines(input.text);
    const hits = lines.map((line) => {
      regex.lastIndex = 0;
      return regex.test(line) !== opts.invert;
    });
    // GNU grep prints context lines with "-" after the file name and line number, and "--" between separate groups.
    let lastPrinted = -1;
    const printContext = (index: number) => {
      if (index <= lastPrinted) return;
      if (printedGroup && lastPrinted !== index - 1) io.out("--\n");
      io.out(`${prefixNames ? `${input.name}-` : ""}${opts.lineNumbers ? `${index + 1}-` : ""}${lines[index]}\n`);
      lastPrinted = index;
      printedGroup = true;
    };
    lines.forEach((line, index) => {
      const hit = hits[index];
      if (!hit) return;
      count++;
      matched = true;
      if (opts.quiet || opts.count) return;
      if (withContext && !opts.onlyMatching) {
        for (let b = Math.max(0, index - opts.before, lastPrinted + 1); b < index; b++) printContext(b);
        if (printedGroup && lastPrinted !== index - 1 && lastPrinted < index) io.out("--\n");
        io.out(`${prefixNames ? `${input.name}:` : ""}${opts.lineNumbers ? `${index + 1}:` : ""}${line}\n`);
        lastPrinted = index;
        printedGroup = true;
        for (let f = index + 1; f <= Math.min(lines.length - 1, index + opts.after); f++) if (!hits[f]) printContext(f);
        else break;
        return;
      }
      const prefix = `${prefixNames ? `${input.name}:` : ""}${opts.lineNumbers ? `${index + 1}:` : ""}`;
      if (opts.onlyMatching && !opts.invert) {
        regex.lastIndex = 0;
        for (const m of line.matchAll(new RegExp(regex.source, regex.flags.includes("g") ? regex.flags : `${regex.flags}g`))) {
          if (m[0] !== "") io.out(`${prefix}${m[0]}\n`);
        }
      } else io.out(`${prefix}${line}\n`);
    });
    if (opts.count && !opts.quiet) io.out(`${prefixNames ? `${input.name}:` : ""}${count}\n`);
  }
  if (failed && !(opts.quiet && matched)) return 2;
  return matched ? 0 : 1;
};

function compile(opts: GrepOptions): RegExp {
  const sources = opts.patterns.map((p) => (opts.fixed ? escapeRegExp(p) : opts.extended ? p : basicToJs(p)));
  const body = sources.map((s) => (opts.word ? `(?<![\\w])(?:${s})(?![\\w])` : `(?:${s})`)).join("|");
  return new RegExp(body, opts.ignoreCase ? "i" : "");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** In POSIX basic regular expressions `+ ? | ( ) { }` are literal and become operators when backslashed. */
export function basicToJs(pattern: string): string {
  let out = "";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === "\\" && i + 1 < pattern.length) {
      const next = pattern[++i];
      out += "+?|(){}".includes(next) ? next : `\\${next}`;
    } else if ("+?|(){}".includes(ch)) out += `\\${ch}`;
    else out += ch;
  }
  return out;
}
