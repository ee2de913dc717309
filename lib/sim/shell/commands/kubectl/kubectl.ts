/**
 * PURPOSE: the `kubectl` entry point: find the (sub)command among the arguments, parse its flags
 * together with the global ones, resolve namespace, context and impersonation, run it, and turn
 * errors into kubectl's messages.
 * MODELS: https://kubernetes.io/docs/reference/kubectl/ (syntax `kubectl [command] [TYPE] [NAME] [flags]`)
 * NOT MODELLED: plugins, kubeconfig files, -v request logging.
 */
import type { CommandFn, Io } from "../../types";
import { reportError, KubectlError, type KubectlEnv } from "./command";
import { GLOBAL_FLAGS, flagArray, flagBool, flagString, parseFlags, withGlobalFlags, type FlagSpec } from "./flags";
import { COMMANDS, GROUPS, findCommand } from "./registry";

export const CONTEXT_NAME = "kubernetes-admin@kubernetes";

/** Splits argv into the command path (`rollout status`) and the rest, skipping flags the way cobra does. */
let valueFlagNames: Set<string> | undefined;

// Every flag of every command that takes a value, so the word after it is not read as a subcommand.
function valueFlags(): Set<string> {
  if (valueFlagNames) return valueFlagNames;
  valueFlagNames = new Set<string>();
  for (const spec of allFlagSpecs()) {
    if (spec.type === "bool") continue;
    valueFlagNames.add(`--${spec.name}`);
    if (spec.short) valueFlagNames.add(`-${spec.short}`);
  }
  return valueFlagNames;
}

export function locateCommand(argv: string[]): { path: string[]; rest: string[] } {
  const takesValue = valueFlags();
  const path: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") {
      rest.push(...argv.slice(i));
      break;
    }
    if (a.startsWith("-")) {
      rest.push(a);
      if (takesValue.has(a) && i + 1 < argv.length) rest.push(argv[++i]);
      continue;
    }
    const candidate = [...path, a].join(" ");
    if (path.length === 0 || (GROUPS.has(path.join(" ")) && (COMMANDS.has(candidate) || GROUPS.has(candidate)))) {
      path.push(a);
      continue;
    }
    rest.push(a);
  }
  return { path, rest };
}

function allFlagSpecs(): FlagSpec[] {
  const specs: FlagSpec[] = [...GLOBAL_FLAGS];
  for (const c of COMMANDS.values()) specs.push(...c.flags);
  return specs;
}

export const kubectl: CommandFn = (argv, ctx, io) => {
  const { path, rest } = locateCommand(argv);
  if (path.length === 0) {
    if (argv.includes("--version")) return kubectl(["version", "--client"], ctx, io);
    io.out(rootHelp());
    return 0;
  }
  if (ctx.cluster.docker && ctx.cluster.api.list("nodes").items.length === 0 && path[0] !== "version" && path[0] !== "config") {
    io.err("The connection to the server localhost:8080 was refused - did you specify the right host or port?\n");
    return 1;
  }
  const command = findCommand(path);
  const pathText = path.join(" ");
  if (!command) return unknownCommand(path, rest, io);
  try {
    const flags = parseFlags(rest, withGlobalFlags(command.flags));
    if (flagBool(flags, "help")) {
      io.out(`Usage:\n  kubectl ${command.path} [options]\n\nUse "kubectl options" for a list of global command-line options (applies to all commands).\n`);
      return 0;
    }
    const contextName = flagString(flags, "context");
    if (contextName !== "" && contextName !== CONTEXT_NAME) throw new KubectlError(`context was not found for specified context: ${contextName}`);
    const as = flagString(flags, "as");
    const asGroups = flagArray(flags, "as-group");
    const namespace = flagString(flags, "namespace") || ctx.kubeconfig.namespace;
    const api = as !== "" || asGroups.length > 0 ? ctx.cluster.api.as({ username: as || ctx.kubeconfig.user, groups: [...asGroups, "system:authenticated"] }) : ctx.cluster.api;
    const env: KubectlEnv = {
      shell: ctx,
      api,
      namespace,
      namespaceSet: flagString(flags, "namespace") !== "",
      now: () => ctx.cluster.clock.now(),
      path: command.path,
    };
    return command.run(flags, env, io);
  } catch (e) {
    return reportError(e, pathText, io);
  }
};

function unknownCommand(path: string[], rest: string[], io: Io): number {
  if (path.length > 1 || GROUPS.has(path[0])) {
    const group = GROUPS.has(path.join(" ")) ? path.join(" ") : path.slice(0, -1).join(" ");
    const extra = rest.find((a) => !a.startsWith("-"));
    if (extra === undefined) {
      io.out(groupHelp(group));
      return 0;
    }
    io.err(`error: unknown command "${extra}"\nSee 'kubectl ${group} -h' for help and examples\n`);
    return 1;
  }
  const name = path[0];
  const suggestions = [...new Set([...COMMANDS.keys()].map((k) => k.split(" ")[0]))].filter((c) => distance(c, name) <= 2 || c.startsWith(name));
  const hint = suggestions.length > 0 ? `\n\nDid you mean this?\n${suggestions.map((s) => `\t${s}\n`).join("")}` : "\n";
  io.err(`error: unknown command "${name}" for "kubectl"${hint}`);
  return 1;
}

function groupHelp(group: string): string {
  const subs = [...COMMANDS.keys(), ...GROUPS]
    .filter((k) => k.startsWith(`${group} `) && k.split(" ").length === group.split(" ").length + 1)
    .map((k) => k.split(" ").pop() ?? k);
  return `Available Commands:\n${[...new Set(subs)].sort().map((s) => `  ${s}\n`).join("")}\nUsage:\n  kubectl ${group} [command] [options]\n`;
}

function rootHelp(): string {
  const verbs = [...new Set([...COMMANDS.keys()].map((k) => k.split(" ")[0]))].sort();
  return `kubectl controls the Kubernetes cluster manager.\n\nSupported commands in this simulator:\n${verbs.map((v) => `  ${v}\n`).join("")}\nUsage:\n  kubectl [flags] [options]\n`;
}

function distance(a: string, b: string): number {
  const dp = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) dp[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      dp[i][j] = Math.min(dp[i - 1][j] + 1, dp[i][j - 1] + 1, dp[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  }
  return dp[a.length][b.length];
}
