/**
 * PURPOSE: the kubectl commands this shell implements, by command path, and the group commands
 * (`create`, `rollout`, `set`, `top`, `config`, `auth`) whose subcommands they are.
 * MODELS: https://kubernetes.io/docs/reference/kubectl/generated/
 * NOT MODELLED: commands absent from this table (edit, port-forward, attach, cp, proxy, debug...).
 */
import { apiResourcesCommand } from "./api-resources";
import { clusterInfoCommand } from "./cluster-info";
import type { KubectlCommand } from "./command";
import { configViewCommand, currentContextCommand, getContextsCommand, setContextCommand, useContextCommand } from "./config";
import { describeCommand } from "./describe";
import { getCommand } from "./get";
import { versionCommand } from "./version";
import { annotateCommand, labelCommand } from "./label";
import { applyCommand } from "./apply";
import { authCanICommand } from "./auth-can-i";
import { autoscaleCommand } from "./autoscale";
import { cordonNodeCommand, uncordonCommand } from "./cordon";
import { createCommand } from "./create";
import { patchCommand } from "./patch";
import { createClusterRoleBindingCommand, createClusterRoleCommand, createRoleBindingCommand, createRoleCommand, createServiceAccountCommand } from "./create-rbac";
import { createServiceClusterIpCommand, createServiceLoadBalancerCommand, createServiceNodePortCommand } from "./create-service";
import { createConfigMapCommand, createDeploymentCommand, createNamespaceCommand, createSecretGenericCommand } from "./create-workloads";
import { deleteCommand } from "./delete";
import { drainCommand } from "./drain";
import { eventsCommand } from "./events";
import { execCommand } from "./exec";
import { explainCommand } from "./explain";
import { exposeCommand } from "./expose";
import { logsCommand } from "./logs";
import { rolloutHistoryCommand, rolloutPauseCommand, rolloutRestartCommand, rolloutResumeCommand, rolloutStatusCommand, rolloutUndoCommand } from "./rollout";
import { runCommand } from "./run";
import { scaleCommand } from "./scale";
import { setImageCommand } from "./set-image";
import { taintCommand } from "./taint";
import { topNodeCommand, topPodCommand } from "./top";

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
  annotateCommand,
  labelCommand,
  applyCommand,
  authCanICommand,
  autoscaleCommand,
  cordonNodeCommand,
  uncordonCommand,
  createCommand,
  patchCommand,
  createServiceClusterIpCommand,
  createServiceLoadBalancerCommand,
  createServiceNodePortCommand,
  createConfigMapCommand,
  createDeploymentCommand,
  createNamespaceCommand,
  createServiceAccountCommand,
  createRoleCommand,
  createClusterRoleCommand,
  createRoleBindingCommand,
  createClusterRoleBindingCommand,
  createSecretGenericCommand,
  deleteCommand,
  drainCommand,
  eventsCommand,
  execCommand,
  explainCommand,
  exposeCommand,
  logsCommand,
  rolloutHistoryCommand,
  rolloutPauseCommand,
  rolloutRestartCommand,
  rolloutResumeCommand,
  rolloutStatusCommand,
  rolloutUndoCommand,
  runCommand,
  scaleCommand,
  setImageCommand,
  taintCommand,
  topNodeCommand,
  topPodCommand,
];

const ALIASES: Record<string, string> = {
  "top pods": "top pod",
  "top po": "top pod",
  "top nodes": "top node",
  "top no": "top node",
  "create deploy": "create deployment",
  "create ns": "create namespace",
  "create cm": "create configmap",
  "create service lb": "create service loadbalancer",
};

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
