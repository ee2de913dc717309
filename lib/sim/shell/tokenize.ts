/**
 * PURPOSE: split a command line into words and operators the way a POSIX shell does:
 * quotes, backslash escapes, pipes, redirections, `&&`/`||`/`;` and here-documents.
 * MODELS: https://pubs.opengroup.org/onlinepubs/9699919799/utilities/V3_chap02.html (Shell Command Language, 2.2-2.3, 2.7.4)
 * NOT MODELLED: parameter expansion, command substitution, globbing, arithmetic, aliases.
 */

export type Operator = "|" | "||" | "&&" | ";" | "&" | "\n" | ">" | ">>" | "<" | "2>" | "2>>" | "2>&1" | "&>";

export type Token =
  | { kind: "word"; value: string }
  | { kind: "op"; value: Operator }
  | { kind: "heredoc"; body: string; delimiter: string };

export type TokenizeResult =
  | { ok: true; tokens: Token[] }
  | { ok: false; incomplete: boolean; message: string };

type PendingHeredoc = { index: number; delimiter: string; stripTabs: boolean };

const OPERATORS: readonly Operator[] = ["2>&1", "2>>", "&>", "&&", "||", ">>", "2>", "|", ";", "&", ">", "<"];

export function tokenize(input: string): TokenizeResult {
  const tokens: Token[] = [];
  const pending: PendingHeredoc[] = [];
  let i = 0;
  let word = "";
  let inWord = false;

  function endWord(): void {
    if (inWord) tokens.push({ kind: "word", value: word });
    word = "";
    inWord = false;
  }

  while (i < input.length) {
    const ch = input[i];
    if (ch === "\n") {
      endWord();
      tokens.push({ kind: "op", value: "\n" });
      i++;
      const read = readHeredocBodies(input, i, pending, tokens);
      if (!read.ok) return read;
      i = read.next;
      continue;
    }
    if (ch === " " || ch === "\t") {
      endWord();
      i++;
      continue;
    }
    if (ch === "#" && !inWord) {
      while (i < input.length && input[i] !== "\n") i++;
      continue;
    }
    if (ch === "\\") {
      if (i + 1 >= input.length) return { ok: false, incomplete: true, message: "unexpected EOF after backslash" };
      if (input[i + 1] !== "\n") {
        word += input[i + 1];
        inWord = true;
      }
      i += 2;
      continue;
    }
    if (ch === "'") {
      const close = input.indexOf("'", i + 1);
      if (close < 0) return unterminated("'");
      word += input.slice(i + 1, close);
      inWord = true;
      i = close + 1;
      continue;
    }
    if (ch === '"') {
      const read = readDoubleQuoted(input, i + 1);
      if (read === undefined) return unterminated('"');
      word += read.value;
      inWord = true;
      i = read.next;
      continue;
    }
    if (ch === "<" && input[i + 1] === "<") {
      endWord();
      const heredoc = readHeredocStart(input, i + 2);
      if (!heredoc.ok) return heredoc;
      pending.push({ index: tokens.length, delimiter: heredoc.delimiter, stripTabs: heredoc.stripTabs });
      tokens.push({ kind: "heredoc", body: "", delimiter: heredoc.delimiter });
      i = heredoc.next;
      continue;
    }
    const op = matchOperator(input, i, inWord ? word : "");
    if (op) {
      if (op === "2>" || op === "2>>" || op === "2>&1") {
        inWord = false;
        word = "";
      }
      endWord();
      tokens.push({ kind: "op", value: op });
      i += op.length - (op.startsWith("2") ? 1 : 0);
      continue;
    }
    word += ch;
    inWord = true;
    i++;
  }
  endWord();
  if (pending.length > 0) {
    return { ok: false, incomplete: true, message: `here-document delimited by end-of-file (wanted \`${pending[0].delimiter}')` };
  }
  return { ok: true, tokens };
}

/** `2>` only counts as a redirection when the `2` stands alone as a word, as in `cmd 2>/dev/null`. */
function matchOperator(input: string, i: number, currentWord: string): Operator | undefined {
  for (const op of OPERATORS) {
    if (op.startsWith("2")) {
      if (currentWord === "2" && input.startsWith(op.slice(1), i)) return op;
      continue;
    }
    if (input.startsWith(op, i)) return op;
  }
  return undefined;
}

function unterminated(quote: string): TokenizeResult {
  return { ok: false, incomplete: true, message: `unexpected EOF while looking for matching \`${quote}'` };
}

function readDoubleQuoted(input: string, start: number): { value: string; next: number } | undefined {
  let value = "";
  let i = start;
  while (i < input.length) {
    const ch = input[i];
    if (ch === '"') return { value, next: i + 1 };
    if (ch === "\\" && i + 1 < input.length && '$`"\\\n'.includes(input[i + 1])) {
      if (input[i + 1] !== "\n") value += input[i + 1];
      i += 2;
      continue;
    }
    value += ch;
    i++;
  }
  return undefined;
}

type HeredocStart = { ok: true; delimiter: string; stripTabs: boolean; next: number } | { ok: false; incomplete: boolean; message: string };

function readHeredocStart(input: string, start: number): HeredocStart {
  let i = start;
  let stripTabs = false;
  if (input[i] === "-") {
    stripTabs = true;
    i++;
  }
  while (input[i] === " " || input[i] === "\t") i++;
  let delimiter = "";
  while (i < input.length && !" \t\n;|&<>".includes(input[i])) {
    const ch = input[i];
    if (ch === "'" || ch === '"') {
      const close = input.indexOf(ch, i + 1);
      if (close < 0) return { ok: false, incomplete: true, message: `unexpected EOF while looking for matching \`${ch}'` };
      delimiter += input.slice(i + 1, close);
      i = close + 1;
      continue;
    }
    if (ch === "\\" && i + 1 < input.length) {
      delimiter += input[i + 1];
      i += 2;
      continue;
    }
    delimiter += ch;
    i++;
  }
  if (delimiter === "") return { ok: false, incomplete: false, message: "syntax error near unexpected token `newline'" };
  return { ok: true, delimiter, stripTabs, next: i };
}

function readHeredocBodies(
  input: string,
  start: number,
  pending: PendingHeredoc[],
  tokens: Token[],
): { ok: true; next: number } | { ok: false; incomplete: boolean; message: string } {
  let i = start;
  while (pending.length > 0) {
    const doc = pending[0];
    const lines: string[] = [];
    let found = false;
    while (i < input.length) {
      const end = input.indexOf("\n", i);
      const raw = end < 0 ? input.slice(i) : input.slice(i, end);
      i = end < 0 ? input.length : end + 1;
      const line = doc.stripTabs ? raw.replace(/^\t+/, "") : raw;
      if (line === doc.delimiter) {
        found = true;
        break;
      }
      lines.push(line);
    }
    if (!found) {
      return { ok: false, incomplete: true, message: `here-document delimited by end-of-file (wanted \`${doc.delimiter}')` };
    }
    tokens[doc.index] = { kind: "heredoc", body: lines.map((l) => `${l}\n`).join(""), delimiter: doc.delimiter };
    pending.shift();
  }
  return { ok: true, next: i };
}
