/**
 * PURPOSE: Tab completion: command names, kubectl verbs and flags, resource types, object names
 * from the API server, node names for ssh, and file names.
 * MODELS: bash programmable completion as `kubectl completion bash` offers it, https://kubernetes.io/docs/reference/kubectl/generated/kubectl_completion/
 * NOT MODELLED: completion inside quotes, flag values other than namespaces and output formats.
 */
import { RESOURCES } from "../api/resources";
import type { Node } from "../api/types";
import { GLOBAL_FLAGS, withGlobalFlags } from "./commands/kubectl/flags";
import { locateCommand } from "./commands/kubectl/kubectl";
import { COMMANDS, GROUPS } from "./commands/kubectl/registry";
import { findResource } from "../api/resources";
import type { CommandFn, ShellContext } from "./types";

const TYPE_VERBS = new Set(["get", "describe", "delete", "label", "annotate", "scale", "expose", "autoscale", "explain", "edit"]);
const NAME_OF: Record<string, string> = { logs: "pods", exec: "pods", cordon: "nodes", uncordon: "nodes", drain: "nodes", taint: "nodes", "top pod": "pods", "top node": "nodes" };

export function completeLine(line: string, cursor: number, ctx: ShellContext, table: ReadonlyMap<string, CommandFn>): string[] {
  const before = line.slice(0, cursor);
  const segment = before.split(/\||&&|;/).pop() ?? "";
  const words = segment.trimStart().split(/\s+/);
  const current = words.pop() ?? "";
  const match = (candidates: Iterable<string>) => [...new Set(candidates)].filter((c) => c.startsWith(current)).sort();
  if (words.length === 0) return match(table.keys());
  const program = words[0];
  if (program === "ssh") return match(ctx.cluster.api.list<Node>("nodes").items.map((n) => n.metadata.name ?? ""));
  if (program !== "kubectl" && program !== "k") return matchFiles(ctx, current);
  const args = words.slice(1);
  const previous = args[args.length - 1];
  if (previous === "-n" || previous === "--namespace") return match(objectNames(ctx, "namespaces", ""));
  if (previous === "-o" || previous === "--output") return match(["json", "yaml", "wide", "name", "jsonpath=", "custom-columns="]);
  if (previous === "-f" || previous === "--filename") return matchFiles(ctx, current);
  const { path, rest } = locateCommand(args);
  const pathText = path.join(" ");
  if (current.startsWith("-")) {
    const command = COMMANDS.get(pathText);
    const specs = command ? withGlobalFlags(command.flags) : GLOBAL_FLAGS;
    return match(specs.map((s) => `--${s.name}`));
  }
  if (path.length === 0 || (GROUPS.has(pathText) && !COMMANDS.has(pathText)) || (GROUPS.has(pathText) && rest.length === 0 && pathText !== "create")) {
    const depth = path.length;
    const subs = [...COMMANDS.keys(), ...GROUPS].filter((k) => k.split(" ").length === depth + 1 && k.startsWith(path.length ? `${pathText} ` : "")).map((k) => k.split(" ")[depth]);
    return match(subs);
  }
  const positional = rest.filter((a, i) => !a.startsWith("-") && !(i > 0 && ["-n", "--namespace", "-o", "-l", "-f"].includes(rest[i - 1])));
  const namespace = namespaceOf(rest) ?? ctx.kubeconfig.namespace;
  const fixed = NAME_OF[pathText.replace(/s$/, "")] ?? NAME_OF[pathText];
  if (fixed) return match(objectNames(ctx, fixed, namespace));
  if (TYPE_VERBS.has(pathText) || pathText.startsWith("rollout ")) {
    if (positional.length === 0) {
      if (current.includes("/")) {
        const [type] = current.split("/");
        return match(objectNames(ctx, type, namespace).map((n) => `${type}/${n}`));
      }
      return match(RESOURCES.filter((r) => r.resource !== "bindings").flatMap((r) => [r.resource, ...r.shortNames]));
    }
    const type = positional[0];
    if (!type.includes("/")) return match(objectNames(ctx, type.split(",")[0], namespace));
  }
  return [];
}

function namespaceOf(args: string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    if ((args[i] === "-n" || args[i] === "--namespace") && i + 1 < args.length) return args[i + 1];
    if (args[i].startsWith("--namespace=")) return args[i].slice(12);
  }
  return undefined;
}

function objectNames(ctx: ShellContext, type: string, namespace: string): string[] {
  const info = findResource(type);
  if (!info) return [];
  try {
    return ctx.cluster.api.list(info.resource, { namespace: info.namespaced ? namespace : undefined }).items.map((o) => o.metadata.name ?? "");
  } catch {
    return [];
  }
}

function matchFiles(ctx: ShellContext, current: string): string[] {
  const slash = current.lastIndexOf("/");
  const dir = slash < 0 ? "." : current.slice(0, slash + 1) || "/";
  const prefix = slash < 0 ? "" : current.slice(0, slash + 1);
  const listed = ctx.fs.list(dir);
  if (!listed.ok) return [];
  return listed.value.map((e) => `${prefix}${e.name}${e.dir ? "/" : ""}`).filter((n) => n.startsWith(current)).sort();
}
