/**
 * PURPOSE: a kubectl command line reduced to its meaning: the command path, the resource types
 * (plural, group-qualified), the object names and the flags by long name — so two spellings of
 * one command (`get deploy/web -n x` and `get deployments web --namespace=x`) compare equal.
 * MODELS: https://kubernetes.io/docs/reference/kubectl/#syntax
 * NOT MODELLED: defaults a flag takes when absent.
 */
import { parseFlags, withGlobalFlags, type FlagValue } from "./flags";
import { locateCommand } from "./kubectl";
import { findCommand } from "./registry";
import { parseResourceArgs, qualifiedResource } from "./resource-args";

export type ParsedKubectl =
  | { ok: true; verb: string; resources: string[]; names: string[]; flags: Record<string, FlagValue>; args: string[]; dashArgs: string[] }
  | { ok: false; error: string };

const RESOURCE_VERBS = new Set(["get", "describe", "delete", "label", "annotate", "scale", "rollout status", "rollout history", "rollout undo", "rollout restart", "rollout pause", "rollout resume", "expose", "autoscale", "set image", "explain", "edit", "wait"]);

/** argv without the leading `kubectl`. */
export function parseKubectl(argv: string[]): ParsedKubectl {
  const { path, rest } = locateCommand(argv);
  const command = findCommand(path);
  if (!command) return { ok: false, error: `unknown command "${path.join(" ")}"` };
  try {
    const parsed = parseFlags(rest, withGlobalFlags(command.flags));
    const flags: Record<string, FlagValue> = {};
    for (const key of [...parsed.values.keys()].sort()) flags[key] = parsed.values.get(key) as FlagValue;
    let resources: string[] = [];
    let names: string[] = [];
    if (RESOURCE_VERBS.has(command.path) && parsed.args.length > 0) {
      const resourceArgs = command.path === "set image" ? parsed.args.filter((a) => !a.includes("=")) : command.path === "explain" ? [parsed.args[0].split(".")[0]] : parsed.args;
      const requests = parseResourceArgs(resourceArgs);
      resources = requests.map((r) => qualifiedResource(r.info));
      names = [...new Set(requests.flatMap((r) => r.names))];
    } else if (command.path === "run") {
      resources = ["pods"];
      names = parsed.args.slice(0, 1);
    } else {
      names = parsed.args;
    }
    return { ok: true, verb: command.path, resources, names, flags, args: parsed.args, dashArgs: parsed.dashArgs };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
