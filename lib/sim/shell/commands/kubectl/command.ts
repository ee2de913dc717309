/**
 * PURPOSE: what every kubectl verb shares: its flag set, the resolved environment (API client
 * for the chosen user, namespace, clock) and the way errors reach stderr with exit code 1.
 * MODELS: https://kubernetes.io/docs/reference/kubectl/ (Complete/Validate/Run commands; errors prefixed `error: ` or `Error from server (Reason): `)
 * NOT MODELLED: kubeconfig files with several clusters, -v logging.
 */
import type { ApiClient } from "../../../apiserver/client";
import { isStatusError } from "../../../core/errors";
import type { Io, ShellContext } from "../../types";
import { FlagError, type FlagSpec, type ParsedFlags } from "./flags";
import { ResourceArgError } from "./resource-args";

export type KubectlEnv = {
  shell: ShellContext;
  api: ApiClient;
  namespace: string;
  /** -n/--namespace given on the command line */
  namespaceSet: boolean;
  now(): number;
  /** `kubectl get` etc. path, for usage messages: "create deployment" */
  path: string;
};

export type KubectlCommand = {
  path: string;
  flags: readonly FlagSpec[];
  run(flags: ParsedFlags, env: KubectlEnv, io: Io): number;
};

/** An error kubectl prints as `error: <message>`. */
export class KubectlError extends Error {}

/** kubectl's UsageErrorf: the message, then where to find help. */
export class UsageError extends Error {}

export function reportError(e: unknown, path: string, io: Io): number {
  if (e instanceof FlagError) {
    io.err(`error: ${e.message}\nSee 'kubectl ${path} --help' for usage.\n`);
    return 1;
  }
  if (e instanceof UsageError) {
    io.err(`error: ${e.message}\nSee 'kubectl ${path} -h' for help and examples\n`);
    return 1;
  }
  if (e instanceof KubectlError || e instanceof ResourceArgError) {
    io.err(`error: ${e.message}\n`);
    return 1;
  }
  if (isStatusError(e)) {
    io.err(`${formatStatusError(e)}\n`);
    return 1;
  }
  throw e;
}

export function formatStatusError(e: unknown, context?: string): string {
  if (!isStatusError(e)) return `error: ${e instanceof Error ? e.message : String(e)}`;
  const status = e.status;
  if (status.reason === "Invalid" && status.details) {
    const head = `The ${status.details.kind ?? ""} "${status.details.name ?? ""}" is invalid`;
    const causes = status.details.causes ?? [];
    if (causes.length === 0) return `${head}`;
    const lines = causes.map((c) => (c.field ? `${c.field}: ${c.message}` : c.message));
    return lines.length === 1 ? `${head}: ${lines[0]}` : `${head}: \n${lines.map((l) => `* ${l}`).join("\n")}`;
  }
  if (status.reason === "Unauthorized") return `error: You must be logged in to the server (${status.message})`;
  const message = context ? `${context}: ${status.message}` : status.message;
  return status.reason ? `Error from server (${status.reason}): ${message}` : `Error from server: ${message}`;
}
