/**
 * PURPOSE: `kubectl rollout status|history|undo|restart|pause|resume` for Deployments; status
 * follows the rollout in virtual time, printing each new waiting message as the real one does.
 * MODELS: https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#updating-a-deployment
 * NOT MODELLED: DaemonSet and StatefulSet rollouts, --watch=false details, change-cause recording.
 */
import type { Deployment, ReplicaSet } from "../../../api/types";
import { formatTimestamp } from "../../../core/time";
import { KubectlError, UsageError, type KubectlCommand, type KubectlEnv } from "./command";
import { formatRows } from "../../printers/tabwriter";
import { KUBECTL_DESCRIBE } from "../../printers/tabwriter";
import { flagBool, flagInt } from "./flags";
import { parseResourceArgs } from "./resource-args";
import { advanceUntil } from "./wait";

const REVISION = "deployment.kubernetes.io/revision";

function deploymentArg(args: string[], env: KubectlEnv): Deployment {
  const requests = parseResourceArgs(args);
  if (requests.length !== 1 || requests[0].names.length !== 1) throw new UsageError("required resource not specified");
  const { info, names } = requests[0];
  if (info.resource !== "deployments") throw new KubectlError(`no ${info.resource === "daemonsets" ? "status viewer" : "rollbacker"} has been implemented for "${info.kind}"`);
  return env.api.get<Deployment>("deployments", names[0], { namespace: env.namespace });
}

export function rolloutMessage(d: Deployment): { done: boolean; text: string } {
  const name = d.metadata.name ?? "";
  const s = d.status ?? {};
  const desired = d.spec.replicas ?? 1;
  if ((d.metadata.generation ?? 0) > (s.observedGeneration ?? 0)) return { done: false, text: `Waiting for deployment spec update to be observed...` };
  const progressing = s.conditions?.find((c) => c.type === "Progressing");
  if (progressing?.reason === "ProgressDeadlineExceeded") return { done: true, text: `error: deployment "${name}" exceeded its progress deadline` };
  const updated = s.updatedReplicas ?? 0;
  const total = s.replicas ?? 0;
  const available = s.availableReplicas ?? 0;
  if (updated < desired) return { done: false, text: `Waiting for deployment "${name}" rollout to finish: ${updated} out of ${desired} new replicas have been updated...` };
  if (total > updated) return { done: false, text: `Waiting for deployment "${name}" rollout to finish: ${total - updated} old replicas are pending termination...` };
  if (available < updated) return { done: false, text: `Waiting for deployment "${name}" rollout to finish: ${available} of ${updated} updated replicas are available...` };
  return { done: true, text: `deployment "${name}" successfully rolled out` };
}

export const rolloutStatusCommand: KubectlCommand = {
  path: "rollout status",
  flags: [{ name: "watch", short: "w", type: "bool" }, { name: "timeout", type: "string" }, { name: "revision", type: "int" }],
  run(flags, env, io) {
    let d = deploymentArg(flags.args, env);
    const name = d.metadata.name ?? "";
    let last = "";
    const emit = () => {
      d = env.api.get<Deployment>("deployments", name, { namespace: env.namespace });
      const m = rolloutMessage(d);
      if (m.text !== last && !m.done) io.out(`${m.text}\n`);
      last = m.text;
      return m;
    };
    env.shell.cluster.settle();
    if (!flagBool(flags, "watch", true)) {
      const m = rolloutMessage(d);
      io.out(`${m.text}\n`);
      return 0;
    }
    const finished = advanceUntil(env, () => emit().done, 11 * 60 * 1000);
    const final = rolloutMessage(d);
    if (!finished) {
      io.err("error: timed out waiting for the condition\n");
      return 1;
    }
    if (final.text.startsWith("error: ")) {
      io.err(`${final.text}\n`);
      return 1;
    }
    io.out(`${final.text}\n`);
    return 0;
  },
};

function ownedReplicaSets(env: KubectlEnv, d: Deployment): ReplicaSet[] {
  return env.api
    .list<ReplicaSet>("replicasets", { namespace: d.metadata.namespace })
    .items.filter((rs) => rs.metadata.ownerReferences?.some((o) => o.uid === d.metadata.uid))
    .sort((a, b) => revisionOf(a) - revisionOf(b));
}

function revisionOf(rs: ReplicaSet): number {
  return Number(rs.metadata.annotations?.[REVISION] ?? "0");
}

export const rolloutHistoryCommand: KubectlCommand = {
  path: "rollout history",
  flags: [{ name: "revision", type: "int" }],
  run(flags, env, io) {
    const d = deploymentArg(flags.args, env);
    const sets = ownedReplicaSets(env, d);
    const revision = flagInt(flags, "revision");
    if (revision !== undefined && revision > 0) {
      const rs = sets.find((r) => revisionOf(r) === revision);
      if (!rs) throw new KubectlError(`unable to find the specified revision`);
      const image = rs.spec.template.spec.containers.map((c) => `    ${c.name}:\n    Image:\t${c.image ?? ""}`).join("\n");
      io.out(`deployment.apps/${d.metadata.name ?? ""} with revision #${revision}\nPod Template:\n  Labels:\t${Object.entries(rs.spec.template.metadata?.labels ?? {}).map(([k, v]) => `${k}=${v}`).join("\n\t")}\n  Containers:\n${image}\n\n`);
      return 0;
    }
    const rows = [["REVISION", "CHANGE-CAUSE"], ...sets.map((rs) => [String(revisionOf(rs)), rs.metadata.annotations?.["kubernetes.io/change-cause"] ?? "<none>"])];
    io.out(`deployment.apps/${d.metadata.name ?? ""} \n${formatRows(rows, KUBECTL_DESCRIBE)}\n`);
    return 0;
  },
};

export const rolloutUndoCommand: KubectlCommand = {
  path: "rollout undo",
  flags: [{ name: "to-revision", type: "int" }, { name: "dry-run", type: "string" }],
  run(flags, env, io) {
    const d = deploymentArg(flags.args, env);
    const name = d.metadata.name ?? "";
    const sets = ownedReplicaSets(env, d);
    const current = Number(d.metadata.annotations?.[REVISION] ?? "0");
    const wanted = flagInt(flags, "to-revision") ?? 0;
    const target = wanted > 0 ? sets.find((rs) => revisionOf(rs) === wanted) : [...sets].reverse().find((rs) => revisionOf(rs) < current);
    if (!target) {
      if (wanted > 0) throw new KubectlError(`unable to find specified revision ${wanted} in history`);
      throw new KubectlError(`no rollout history found for deployment "${name}"`);
    }
    if (revisionOf(target) === current) {
      io.out(`deployment.apps/${name} skipped rollback (current template already matches revision ${current})\n`);
      return 0;
    }
    const labels = { ...(target.spec.template.metadata?.labels ?? {}) };
    delete labels["pod-template-hash"];
    const template = { ...target.spec.template, metadata: { ...(target.spec.template.metadata ?? {}), labels } };
    env.api.patch("deployments", name, { spec: { template } }, { namespace: env.namespace, type: "merge" });
    io.out(`deployment.apps/${name} rolled back\n`);
    return 0;
  },
};

export const rolloutRestartCommand: KubectlCommand = {
  path: "rollout restart",
  flags: [{ name: "selector", short: "l", type: "string" }],
  run(flags, env, io) {
    const d = deploymentArg(flags.args, env);
    if (d.spec.paused) throw new KubectlError(`deployments.apps "${d.metadata.name ?? ""}" can't restart paused deployment (run rollout resume first)`);
    const at = formatTimestamp(env.now());
    env.api.patch("deployments", d.metadata.name ?? "", { spec: { template: { metadata: { annotations: { "kubectl.kubernetes.io/restartedAt": at } } } } }, { namespace: env.namespace, type: "merge" });
    io.out(`deployment.apps/${d.metadata.name ?? ""} restarted\n`);
    return 0;
  },
};

function pauseCommand(path: "rollout pause" | "rollout resume", paused: boolean): KubectlCommand {
  return {
    path,
    flags: [],
    run(flags, env, io) {
      const d = deploymentArg(flags.args, env);
      const name = d.metadata.name ?? "";
      if ((d.spec.paused ?? false) === paused) throw new KubectlError(`deployments.apps "${name}" is ${paused ? "already paused" : "not paused"}`);
      env.api.patch("deployments", name, { spec: { paused: paused ? true : null } }, { namespace: env.namespace, type: "merge" });
      io.out(`deployment.apps/${name} ${paused ? "paused" : "resumed"}\n`);
      return 0;
    },
  };
}

export const rolloutPauseCommand = pauseCommand("rollout pause", true);
export const rolloutResumeCommand = pauseCommand("rollout resume", false);
