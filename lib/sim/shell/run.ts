/**
 * PURPOSE: execute a parsed command line: `&&`/`||`/`;` lists, pipelines that feed one
 * command's stdout into the next one's stdin, and redirections to the session's files.
 * MODELS: https://pubs.opengroup.org/onlinepubs/9699919799/utilities/V3_chap02.html#tag_18_09_02 (Pipelines, Lists, Redirection)
 * NOT MODELLED: concurrency inside a pipeline (commands run one after another), file descriptors beyond 0-2.
 */
import { describeFsError } from "./fs";
import { parseScript, type Pipeline, type SimpleCommand } from "./parse";
import type { CommandFn, RunResult, ShellContext } from "./types";

export type CommandTable = ReadonlyMap<string, CommandFn>;

type Sink = { stdout: string[]; stderr: string[]; output: string[] };

export function runLine(line: string, ctx: ShellContext, commands: CommandTable): RunResult {
  const parsed = parseScript(line);
  if (!parsed.ok) {
    const message = parsed.incomplete ? `bash: ${parsed.message}\n` : `bash: ${parsed.message}\n`;
    return { stdout: "", stderr: message, exitCode: 2, output: message };
  }
  const sink: Sink = { stdout: [], stderr: [], output: [] };
  let exitCode = 0;
  for (const list of parsed.script) {
    exitCode = runPipeline(list.first, ctx, commands, sink);
    for (const next of list.rest) {
      if ((next.op === "&&" && exitCode !== 0) || (next.op === "||" && exitCode === 0)) continue;
      exitCode = runPipeline(next.pipeline, ctx, commands, sink);
    }
  }
  return { stdout: sink.stdout.join(""), stderr: sink.stderr.join(""), exitCode, output: sink.output.join("") };
}

function runPipeline(pipeline: Pipeline, ctx: ShellContext, commands: CommandTable, sink: Sink): number {
  let stdin = "";
  let exitCode = 0;
  pipeline.commands.forEach((command, index) => {
    const isLast = index === pipeline.commands.length - 1;
    const captured: string[] = [];
    const stdout = isLast ? (text: string) => emit(sink, "stdout", text) : (text: string) => captured.push(text);
    exitCode = runSimple(command, stdin, ctx, commands, stdout, (text) => emit(sink, "stderr", text));
    stdin = captured.join("");
  });
  return exitCode;
}

function emit(sink: Sink, stream: "stdout" | "stderr", text: string): void {
  if (text === "") return;
  sink[stream].push(text);
  sink.output.push(text);
}

function runSimple(
  command: SimpleCommand,
  pipedStdin: string,
  ctx: ShellContext,
  commands: CommandTable,
  writeOut: (text: string) => void,
  writeErr: (text: string) => void,
): number {
  let stdin = pipedStdin;
  let out = writeOut;
  let err = writeErr;
  const files: { path: string; append: boolean; chunks: string[] }[] = [];
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
      const target = redirect.target === "/dev/null" ? undefined : { path: redirect.target, append: redirect.op.endsWith(">>"), chunks: [] as string[] };
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
      } else if (redirect.op.startsWith("2")) err = write;
      else out = write;
    }
  }
  const exitCode = dispatch(command.argv, stdin, ctx, commands, out, err);
  for (const file of files) ctx.fs.write(file.path, file.chunks.join(""), file.append);
  return exitCode;
}

function dispatch(
  argv: string[],
  stdin: string,
  ctx: ShellContext,
  commands: CommandTable,
  out: (text: string) => void,
  err: (text: string) => void,
): number {
  if (argv.length === 0) return 0;
  const fn = commands.get(argv[0]);
  if (!fn) {
    err(`bash: ${argv[0]}: command not found\n`);
    return 127;
  }
  try {
    return fn(argv.slice(1), ctx, { stdin, out, err });
  } catch (e) {
    // A bug in a simulated command must not take the whole session down.
    err(`${argv[0]}: internal simulator error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}
