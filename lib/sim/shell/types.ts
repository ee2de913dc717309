/**
 * PURPOSE: the shapes every shell command shares: the streams it writes to (kubectl's
 * IOStreams) and the session context it reads (file system, current host, cluster).
 * MODELS: https://kubernetes.io/docs/reference/kubectl/ (commands write to stdout/stderr and exit with a status)
 * NOT MODELLED: environment variables, job control, signals.
 */
import type { ShellCluster } from "./cluster-port";
import type { MemFs } from "./fs";

export type Io = {
  readonly stdin: string;
  out(text: string): void;
  err(text: string): void;
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

export type RunResult = { stdout: string; stderr: string; exitCode: number; output: string };

export function currentHost(ctx: ShellContext): string {
  return ctx.hosts[ctx.hosts.length - 1];
}
