/**
 * PURPOSE: turn tokens into lists of pipelines joined by `&&`, `||` and `;`, with the
 * redirections of each simple command.
 * MODELS: https://pubs.opengroup.org/onlinepubs/9699919799/utilities/V3_chap02.html#tag_18_09 (Shell Grammar)
 * NOT MODELLED: compound commands (if/for/while), functions, subshells, background jobs.
 */
import { tokenize, type Token } from "./tokenize";

export type Redirect =
  | { op: ">" | ">>" | "<" | "2>" | "2>>" | "&>"; target: string }
  | { op: "2>&1" }
  | { op: "<<"; body: string };

export type SimpleCommand = { argv: string[]; redirects: Redirect[] };
export type Pipeline = { commands: SimpleCommand[] };
export type AndOrList = { first: Pipeline; rest: { op: "&&" | "||"; pipeline: Pipeline }[] };
export type Script = AndOrList[];

export type ParseResult = { ok: true; script: Script } | { ok: false; incomplete: boolean; message: string };

export function parseScript(input: string): ParseResult {
  const tokenized = tokenize(input);
  if (!tokenized.ok) return tokenized;
  const parser = createParser(tokenized.tokens);
  try {
    return { ok: true, script: parser.script() };
  } catch (e) {
    if (e instanceof IncompleteError) return { ok: false, incomplete: true, message: "syntax error: unexpected end of file" };
    if (e instanceof SyntaxError) return { ok: false, incomplete: false, message: e.message };
    throw e;
  }
}

/** True when the terminal should ask for another line before running (open quote, heredoc, trailing pipe). */
export function isIncomplete(input: string): boolean {
  const result = parseScript(input);
  return !result.ok && result.incomplete;
}

function unexpected(token: Token | undefined): SyntaxError {
  const text = token === undefined || (token.kind === "op" && token.value === "\n") ? "newline" : token.kind === "op" ? token.value : token.kind === "word" ? token.value : "<<";
  return new SyntaxError(`syntax error near unexpected token \`${text}'`);
}

function createParser(tokens: Token[]) {
  let pos = 0;

  function peek(): Token | undefined {
    return tokens[pos];
  }

  function isOp(token: Token | undefined, ...values: string[]): boolean {
    return token !== undefined && token.kind === "op" && values.includes(token.value);
  }

  function skipSeparators(): void {
    while (isOp(peek(), ";", "\n", "&")) pos++;
  }

  function simpleCommand(): SimpleCommand {
    const argv: string[] = [];
    const redirects: Redirect[] = [];
    for (;;) {
      const token = peek();
      if (token === undefined) break;
      if (token.kind === "word") {
        argv.push(token.value);
        pos++;
        continue;
      }
      if (token.kind === "heredoc") {
        redirects.push({ op: "<<", body: token.body });
        pos++;
        continue;
      }
      if (token.value === "2>&1") {
        redirects.push({ op: "2>&1" });
        pos++;
        continue;
      }
      if (token.value === ">" || token.value === ">>" || token.value === "<" || token.value === "2>" || token.value === "2>>" || token.value === "&>") {
        const target = tokens[pos + 1];
        if (target === undefined || target.kind !== "word") throw unexpected(target);
        redirects.push({ op: token.value, target: target.value });
        pos += 2;
        continue;
      }
      break;
    }
    if (argv.length === 0 && redirects.length === 0) throw unexpected(peek());
    return { argv, redirects };
  }

  function pipeline(): Pipeline {
    const commands = [simpleCommand()];
    while (isOp(peek(), "|")) {
      pos++;
      while (isOp(peek(), "\n")) pos++;
      if (peek() === undefined) throw new IncompleteError();
      commands.push(simpleCommand());
    }
    return { commands };
  }

  function andOr(): AndOrList {
    const first = pipeline();
    const rest: AndOrList["rest"] = [];
    for (;;) {
      const token = peek();
      if (!isOp(token, "&&", "||")) break;
      pos++;
      while (isOp(peek(), "\n")) pos++;
      if (peek() === undefined) throw new IncompleteError();
      rest.push({ op: token !== undefined && token.kind === "op" && token.value === "||" ? "||" : "&&", pipeline: pipeline() });
    }
    return { first, rest };
  }

  function script(): Script {
    const lists: Script = [];
    skipSeparators();
    while (pos < tokens.length) {
      lists.push(andOr());
      const token = peek();
      if (token !== undefined && !isOp(token, ";", "\n", "&")) throw unexpected(token);
      skipSeparators();
    }
    return lists;
  }

  return { script };
}

class IncompleteError extends SyntaxError {}
