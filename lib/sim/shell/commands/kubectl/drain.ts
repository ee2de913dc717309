/**
 * PURPOSE: `kubectl drain NODE`: cordon it, then evict its pods, refusing (unless told otherwise)
 * for DaemonSet pods, pods without a controller and pods with emptyDir data; waits in virtual
 * time until the evicted pods are gone.
 * MODELS: https://kubernetes.io/docs/tasks/administer-cluster/safely-drain-node/
 * NOT MODELLED: PodDisruptionBudgets (evictions are plain deletes), --pod-selector.
 */
import type { Pod } from "../../../api/types";
import { KubectlError, UsageError, type KubectlCommand } from "./command";
import { setUnschedulable } from "./cordon";
import { flagBool, flagInt } from "./flags";
import { advanceUntil } from "./wait";

export const drainCommand: KubectlCommand = {
  path: "drain",
  flags: [
    { name: "ignore-daemonsets", type: "bool" },
    { name: "delete-emptydir-data", type: "bool" },
    { name: "delete-local-data", type: "bool" },
    { name: "force", type: "bool" },
    { name: "grace-period", type: "int" },
    { name: "timeout", type: "string" },
    { name: "disable-eviction", type: "bool" },
    { name: "dry-run", type: "string" },
    { name: "selector", short: "l", type: "string" },
    { name: "pod-selector", type: "string" },
  ],
  run(flags, env, io) {
    const name = flags.args[0]?.replace(/^(node|nodes|no)\//, "");
    if (name === undefined) throw new UsageError("USAGE: drain NODE [flags]");
    setUnschedulable(env, name, true, io);
    const pods = env.api.list<Pod>("pods", { namespace: "", fieldSelector: `spec.nodeName=${name}` }).items.filter((p) => p.status?.phase !== "Succeeded" && p.status?.phase !== "Failed");
    const ref = (p: Pod) => `${p.metadata.namespace ?? ""}/${p.metadata.name ?? ""}`;
    const controller = (p: Pod) => p.metadata.ownerReferences?.find((o) => o.controller);
    const daemon = pods.filter((p) => controller(p)?.kind === "DaemonSet");
    const mirror = pods.filter((p) => p.metadata.annotations?.["kubernetes.io/config.mirror"] !== undefined);
    const orphans = pods.filter((p) => !controller(p) && !mirror.includes(p));
    const local = pods.filter((p) => (p.spec.volumes ?? []).some((v) => v.emptyDir) && !daemon.includes(p));
    const problems: string[] = [];
    if (daemon.length && !flagBool(flags, "ignore-daemonsets")) problems.push(`cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore): ${daemon.map(ref).join(", ")}`);
    if (orphans.length && !flagBool(flags, "force")) problems.push(`cannot delete Pods declare no controller (use --force to override): ${orphans.map(ref).join(", ")}`);
    if (local.length && !flagBool(flags, "delete-emptydir-data") && !flagBool(flags, "delete-local-data")) problems.push(`cannot delete Pods with local storage (use --delete-emptydir-data to override): ${local.map(ref).join(", ")}`);
    if (problems.length) {
      io.err(`error: unable to drain node "${name}" due to error: ${problems.length === 1 ? problems[0] : `[${problems.join(", ")}]`}, continuing command...\nThere are pending nodes to be drained:\n ${name}\n${problems.join("\n")}\n`);
      return 1;
    }
    const warnings: string[] = [];
    if (daemon.length) warnings.push(`ignoring DaemonSet-managed Pods: ${daemon.map(ref).join(", ")}`);
    if (orphans.length) warnings.push(`deleting Pods that declare no controller: ${orphans.map(ref).join(", ")}`);
    if (warnings.length) io.err(`Warning: ${warnings.join("; ")}\n`);
    const evict = pods.filter((p) => !daemon.includes(p) && !mirror.includes(p));
    for (const p of evict) io.out(`evicting pod ${ref(p)}\n`);
    const grace = flagInt(flags, "grace-period");
    for (const p of evict) env.api.delete("pods", p.metadata.name ?? "", { namespace: p.metadata.namespace, ...(grace !== undefined && grace >= 0 ? { gracePeriodSeconds: grace } : {}) });
    const gone = (p: Pod) => {
      try {
        const live = env.api.get<Pod>("pods", p.metadata.name ?? "", { namespace: p.metadata.namespace });
        return live.metadata.uid !== p.metadata.uid;
      } catch {
        return true;
      }
    };
    const remaining = new Set(evict);
    const finished = advanceUntil(env, () => {
      for (const p of [...remaining]) {
        if (gone(p)) {
          io.out(`pod/${p.metadata.name ?? ""} evicted\n`);
          remaining.delete(p);
        }
      }
      return remaining.size === 0;
    }, 5 * 60 * 1000);
    if (!finished) throw new KubectlError(`unable to drain node "${name}" due to error: global timeout reached`);
    io.out(`node/${name} drained\n`);
    return 0;
  },
};
