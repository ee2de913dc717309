/**
 * PURPOSE: execute a parsed command line: `&&`/`||`/`;` lists, pipelines that feed one
 * command's stdout into the next one's stdin, and redirections to the session's files.
 * MODELS: https://pubs.opengroup.org/onlinepubs/9699919799/utilities/V3_chap02.html#tag_18_09_02 (Pipelines, Lists, Redirection)
 * A command that keeps running (`kubectl get -w`) makes the line return a stream: its later lines
 * pass through the rest of the pipeline again (line filters only: grep, cat, tee) or append to
 * its redirected file. Like Ctrl-C in bash, stopping it ends the whole line, so the commands
 * listed after it (`; next`) never run.
 * NOT MODELLED: concurrency inside a pipeline (commands run one after another), file descriptors
 * beyond 0-2, streaming into commands that wait for end of input (sort, wc, tail): they see the
 * initial output only and the stream ends, as `head` would end it.
 */
import { describeFsError } from "./fs";
import { parseScript, type Pipeline, type SimpleCommand } from "./parse";
import { createStreamSource, type StreamSource } from "./stream";
import type { CommandFn, Follow, Io, RunResult, ShellContext } from "./types";

export type CommandTable = ReadonlyMap<string, CommandFn>;

type Sink = { stdout: string[]; stderr: string[]; output: string[] };

/** The running part of a line, once a command asks to keep running. */
type LineState = { source?: StreamSource };

/** Commands that handle each line as it comes, so they can sit after a streaming command. */
function isLineFilter(command: SimpleCommand): boolean {
  const [name, ...args] = command.argv;
  if (name === "grep" || name === "tee") return true;
  return name === "cat" && args.length === 0;
}

export function runLine(line: string, ctx: ShellContext, commands: CommandTable): RunResult {
  const parsed = parseScript(line);
  if (!parsed.ok) {
    const message = parsed.incomplete ? `bash: ${parsed.message}\n` : `bash: ${parsed.message}\n`;
    return { stdout: "", stderr: message, exitCode: 2, output: message };
  }
  const sink: Sink = { stdout: [], stderr: [], output: [] };
  const state: LineState = {};
  let exitCode = 0;
  outer: for (const list of parsed.script) {
    exitCode = runPipeline(list.first, ctx, commands, sink, state);
    if (state.source) break;
    for (const next of list.rest) {
      if ((next.op === "&&" && exitCode !== 0) || (next.op === "||" && exitCode === 0)) continue;
      exitCode = runPipeline(next.pipeline, ctx, commands, sink, state);
      if (state.source) break outer;
    }
  }
  const result: RunResult = { stdout: sink.stdout.join(""), stderr: sink.stderr.join(""), exitCode, output: sink.output.join("") };
  if (state.source && !state.source.stopped()) result.stream = state.source.stream;
  return result;
}

function runPipeline(pipeline: Pipeline, ctx: ShellContext, commands: CommandTable, sink: Sink, state: LineState): number {
  const all = pipeline.commands;
  const emitLater = (text: string) => state.source?.emit(text);
  // Later output of command `index` runs through the commands after it, one chunk at a time.
  const continueAfter = (index: number) => (text: string) => {
    let data = text;
    for (let j = index + 1; j < all.length; j++) {
      const captured: string[] = [];
      const out = j === all.length - 1 ? emitLater : (t: string) => captured.push(t);
      runSimple(all[j], data, ctx, commands, out, emitLater, { append: true });
      data = captured.join("");
    }
    if (index === all.length - 1) emitLater(text);
  };
  let stdin = "";
  let exitCode = 0;
  all.forEach((command, index) => {
    const isLast = index === all.length - 1;
    const captured: string[] = [];
    const stdout = isLast ? (text: string) => emit(sink, "stdout", text) : (text: string) => captured.push(text);
    const canFollow = state.source === undefined && all.slice(index + 1).every(isLineFilter);
    const follow = canFollow
      ? (start: Follow, redirected: ((text: string) => void) | undefined) => {
          if (state.source) return;
          const source = createStreamSource();
          const stop = start(redirected ?? continueAfter(index));
          state.source = source;
          source.onStop(stop);
        }
      : undefined;
    exitCode = runSimple(command, stdin, ctx, commands, stdout, (text) => emit(sink, "stderr", text), { append: false, follow });
    stdin = captured.join("");
  });
  return exitCode;
}

function emit(sink: Sink, stream: "stdout" | "stderr", text: string): void {
  if (text === "") return;
  sink[stream].push(text);
  sink.output.push(text);
}

type RunOptions = {
  /** true when a streamed chunk runs the command again: `>` must not empty the file a second time */
  append: boolean;
  follow?: (start: Follow, redirected: ((text: string) => void) | undefined) => void;
};

function runSimple(
  command: SimpleCommand,
  pipedStdin: string,
  ctx: ShellContext,
  commands: CommandTable,
  writeOut: (text: string) => void,
  writeErr: (text: string) => void,
  options: RunOptions,
): number {
  let stdin = pipedStdin;
  let out = writeOut;
  let err = writeErr;
  const files: { path: string; append: boolean; chunks: string[] }[] = [];
  let outFile: string | undefined;
  for (const redirect of command.redirects) {
    if (redirect.op === "<<") {
      stdin = redirect.body;
    } else if (redirect.op === "<") {
      const read = redirect.target === "/dev/null" ? { ok: true as const, value: "" } : ctx.fs.read(redirect.target);
      if (!read.ok) {
        writeErr(`bash: ${redirect.target}: ${describeFsError(read.error)}\n`);
        return 1;
      }
      stdin = read.value;
    } else if (redirect.op === "2>&1") {
      err = out;
    } else {
      const target = redirect.target === "/dev/null" ? undefined : { path: redirect.target, append: options.append || redirect.op.endsWith(">>"), chunks: [] as string[] };
      const write = target ? (text: string) => target.chunks.push(text) : () => undefined;
      if (target) {
        const created = ctx.fs.write(target.path, "", true);
        if (!created.ok) {
          writeErr(`bash: ${target.path}: ${describeFsError(created.error)}\n`);
          return 1;
        }
        files.push(target);
      }
      if (redirect.op === "&>") {
        out = write;
        err = write;
        outFile = target?.path;
      } else if (redirect.op.startsWith("2")) err = write;
      else {
        out = write;
        outFile = target?.path;
      }
    }
  }
  const follow = options.follow;
  const io: Io = { stdin, out, err };
  if (follow) {
    const file = outFile;
    const redirected = out === writeOut ? undefined : file !== undefined ? (text: string) => void ctx.fs.write(file, text, true) : () => undefined;
    io.follow = (start) => follow(start, redirected);
  }
  const exitCode = dispatch(command.argv, ctx, commands, io);
  for (const file of files) ctx.fs.write(file.path, file.chunks.join(""), file.append);
  return exitCode;
}

function dispatch(argv: string[], ctx: ShellContext, commands: CommandTable, io: Io): number {
  if (argv.length === 0) return 0;
  const fn = commands.get(argv[0]);
  if (!fn) {
    io.err(`bash: ${argv[0]}: command not found\n`);
    return 127;
  }
  try {
    return fn(argv.slice(1), ctx, io);
  } catch (e) {
    // A bug in a simulated command must not take the whole session down.
    io.err(`${argv[0]}: internal simulator error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}
