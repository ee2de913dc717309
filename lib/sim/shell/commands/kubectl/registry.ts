/**
 * PURPOSE: the kubectl commands this shell implements, by command path, and the group commands
 * (`create`, `rollout`, `set`, `top`, `config`, `auth`) whose subcommands they are.
 * MODELS: https://kubernetes.io/docs/reference/kubectl/generated/
 * NOT MODELLED: commands absent from this table (edit, patch, port-forward, attach, cp, proxy, debug...).
 */
import { apiResourcesCommand } from "./api-resources";
import { clusterInfoCommand } from "./cluster-info";
import type { KubectlCommand } from "./command";
import { configViewCommand, currentContextCommand, getContextsCommand, setContextCommand, useContextCommand } from "./config";
import { describeCommand } from "./describe";
import { getCommand } from "./get";
import { versionCommand } from "./version";

const LIST: KubectlCommand[] = [
  apiResourcesCommand,
  clusterInfoCommand,
  configViewCommand,
  currentContextCommand,
  getContextsCommand,
  setContextCommand,
  useContextCommand,
  describeCommand,
  getCommand,
  versionCommand,
];

const ALIASES: Record<string, string> = {};

export const COMMANDS: ReadonlyMap<string, KubectlCommand> = buildCommands();

export const GROUPS: ReadonlySet<string> = new Set(["create", "create service", "create secret", "rollout", "set", "top", "config", "auth"]);

function buildCommands(): Map<string, KubectlCommand> {
  const map = new Map<string, KubectlCommand>();
  for (const c of LIST) map.set(c.path, c);
  for (const [alias, target] of Object.entries(ALIASES)) {
    const c = map.get(target);
    if (c) map.set(alias, c);
  }
  return map;
}

export function findCommand(path: string[]): KubectlCommand | undefined {
  return COMMANDS.get(path.join(" "));
}
