/**
 * PURPOSE: the shapes every shell command shares: the streams it writes to (kubectl's
 * IOStreams) and the session context it reads (file system, current host, cluster).
 * MODELS: https://kubernetes.io/docs/reference/kubectl/ (commands write to stdout/stderr and exit with a status)
 * NOT MODELLED: environment variables, job control, signals.
 */
import type { ShellCluster } from "./cluster-port";
import type { MemFs } from "./fs";

/**
 * A command that keeps running after it returns (`kubectl get -w`): `start` receives the writer
 * for its later output (complete lines) and returns the function that stops it.
 */
export type Follow = (write: (text: string) => void) => () => void;

export type Io = {
  readonly stdin: string;
  out(text: string): void;
  err(text: string): void;
  /** Keeps the command running after it returns; absent where nothing can follow (then it just returns). */
  follow?(start: Follow): void;
};

export type KubeconfigState = { context: string; namespace: string; user: string };

export type ShellContext = {
  cluster: ShellCluster;
  fs: MemFs;
  /** Host the shell is logged into; `ssh node01` pushes, `exit` pops. */
  hosts: string[];
  history: string[];
  kubeconfig: KubeconfigState;
};

export type CommandFn = (argv: string[], ctx: ShellContext, io: Io) => number;

/**
 * The rest of a command line that keeps running: text chunks (complete lines) arrive as virtual
 * time advances; chunks written before the first subscriber are kept for it. `stop()` ends it
 * (Ctrl-C) and is idempotent.
 */
export type CommandStream = { subscribe(listener: (text: string) => void): () => void; stop(): void };

/** `stream` is present when the command line is still running after its initial output. */
export type RunResult = { stdout: string; stderr: string; exitCode: number; output: string; stream?: CommandStream };

export function currentHost(ctx: ShellContext): string {
  return ctx.hosts[ctx.hosts.length - 1];
}
