/**
 * PURPOSE: a shell session over a simulated cluster: run a command line, complete a word,
 * show the prompt, keep history, files and the current host, and save it all as JSON.
 * MODELS: an interactive login shell on a kubeadm control-plane node, https://kubernetes.io/docs/reference/kubectl/
 * A command that keeps running (`kubectl get -w`) returns its first output with a `stream` for the
 * rest; the host stops it on Ctrl-C, and the shell stops it before it runs the next line.
 * NOT MODELLED: environment variables, job control, signals other than Ctrl-C on a stream.
 */
import type { Node } from "../api/types";
import type { ShellCluster } from "./cluster-port";
import { COMMAND_TABLE } from "./commands";
import { completeLine } from "./complete";
import { createFs, type FsData, type MemFs } from "./fs";
import { isIncomplete } from "./parse";
import { runLine } from "./run";
import { collectWhile, continuesStream } from "./stream";
import { currentHost, type CommandStream, type KubeconfigState, type RunResult, type ShellContext } from "./types";

export type ShellState = { fs: FsData; hosts: string[]; history: string[]; kubeconfig: KubeconfigState };

export type Shell = {
  /**
   * Runs one command line (it may hold several lines for here-documents). A still-running command
   * (see `foreground`) is stopped first, unless the line only waits (`sleep 5`): then it goes on,
   * and what it prints meanwhile is part of this line's output.
   */
  run(line: string): RunResult;
  /** The command line still running (`kubectl get pods -w`), if any. */
  foreground(): CommandStream | undefined;
  /** Stops the running command as Ctrl-C does; false when nothing was running. */
  interrupt(): boolean;
  /** Candidate completions for the word under the cursor. */
  complete(line: string, cursor?: number): string[];
  /** `controlplane $ ` or the node the session is logged into. */
  prompt(): string;
  /** True when the line needs more input (open quote, here-document, trailing pipe). */
  needsMore(line: string): boolean;
  readonly history: readonly string[];
  readonly fs: MemFs;
  host(): string;
  toJSON(): ShellState;
};

export type CreateShellOptions = { cluster: ShellCluster; fs?: MemFs | FsData; node?: string; state?: ShellState };

export type { CommandStream, RunResult, ShellCluster };
export { parseKubectl, type ParsedKubectl } from "./commands/kubectl/parse-kubectl";

export function createShell(options: CreateShellOptions): Shell {
  const { cluster, state } = options;
  const fs = options.fs === undefined ? createFs(state?.fs) : "toJSON" in options.fs ? options.fs : createFs(options.fs);
  let running: CommandStream | undefined;
  function interrupt(): boolean {
    const was = running;
    running = undefined;
    was?.stop();
    return was !== undefined;
  }
  const ctx: ShellContext = {
    cluster,
    fs,
    hosts: state?.hosts.slice() ?? [options.node ?? defaultHost(cluster)],
    history: state?.history.slice() ?? [],
    kubeconfig: state ? { ...state.kubeconfig } : { context: "kubernetes-admin@kubernetes", namespace: "default", user: "kubernetes-admin" },
  };
  return {
    run(line) {
      if (!continuesStream(line)) interrupt();
      const trimmed = line.trim();
      if (trimmed !== "") ctx.history.push(trimmed);
      const { value: result, text } = collectWhile(running, () => runLine(line, ctx, COMMAND_TABLE));
      if (result.stream) {
        interrupt();
        running = result.stream;
      }
      return text === "" ? result : { ...result, stdout: result.stdout + text, output: result.output + text };
    },
    foreground: () => running,
    interrupt,
    complete(line, cursor) {
      return completeLine(line, cursor ?? line.length, ctx, COMMAND_TABLE);
    },
    prompt: () => `${currentHost(ctx)} $ `,
    needsMore: isIncomplete,
    get history() {
      return ctx.history;
    },
    fs,
    host: () => currentHost(ctx),
    toJSON: () => ({ fs: fs.toJSON(), hosts: [...ctx.hosts], history: [...ctx.history], kubeconfig: { ...ctx.kubeconfig } }),
  };
}

function defaultHost(cluster: ShellCluster): string {
  const nodes = cluster.api.list<Node>("nodes").items;
  const cp = nodes.find((n) => n.metadata.labels?.["node-role.kubernetes.io/control-plane"] !== undefined);
  if (cp?.metadata.name) return cp.metadata.name;
  if (nodes.length === 0 && cluster.docker) return cluster.docker.hostname;
  return nodes[0]?.metadata.name ?? "controlplane";
}
