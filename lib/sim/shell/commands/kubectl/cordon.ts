/**
 * PURPOSE: `kubectl cordon|uncordon NODE`: mark a node unschedulable or schedulable again.
 * MODELS: https://kubernetes.io/docs/concepts/architecture/nodes/#manual-node-administration
 * NOT MODELLED: -l selectors.
 */
import type { Node } from "../../../api/types";
import { UsageError, type KubectlCommand, type KubectlEnv } from "./command";
import type { Io } from "../../types";

export function setUnschedulable(env: KubectlEnv, name: string, unschedulable: boolean, io: Io): void {
  const node = env.api.get<Node>("nodes", name);
  const verb = unschedulable ? "cordoned" : "uncordoned";
  if ((node.spec?.unschedulable ?? false) === unschedulable) {
    io.out(`node/${name} already ${verb}\n`);
    return;
  }
  env.api.patch("nodes", name, { spec: { unschedulable: unschedulable ? true : null } }, { type: "merge" });
  io.out(`node/${name} ${verb}\n`);
}

function cordonCommand(path: "cordon" | "uncordon"): KubectlCommand {
  return {
    path,
    flags: [{ name: "selector", short: "l", type: "string" }, { name: "dry-run", type: "string" }],
    run(flags, env, io) {
      if (flags.args.length === 0) throw new UsageError("USAGE: " + path + " NODE [flags]");
      for (const name of flags.args) setUnschedulable(env, name.replace(/^(node|nodes|no)\//, ""), path === "cordon", io);
      return 0;
    },
  };
}

export const cordonNodeCommand = cordonCommand("cordon");
export const uncordonCommand = cordonCommand("uncordon");
