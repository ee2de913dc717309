/**
 * PURPOSE: `kubectl taint nodes NODE key[=value]:Effect` to add and `key[:Effect]-` to remove taints.
 * MODELS: https://kubernetes.io/docs/concepts/scheduling-eviction/taint-and-toleration/
 * NOT MODELLED: -l selectors, --all.
 */
import type { Node, Taint, TaintEffect } from "../../../api/types";
import { KubectlError, UsageError, type KubectlCommand } from "./command";
import { flagBool } from "./flags";
import { lookupResource } from "./resource-args";

const EFFECTS = ["NoSchedule", "PreferNoSchedule", "NoExecute"];

export const taintCommand: KubectlCommand = {
  path: "taint",
  flags: [{ name: "overwrite", type: "bool" }, { name: "all", type: "bool" }, { name: "selector", short: "l", type: "string" }],
  run(flags, env, io) {
    const [first, ...rest] = flags.args;
    if (first === undefined) throw new UsageError("at least one taint update is required");
    let nodeNames: string[];
    let specs: string[];
    if (first.includes("/")) {
      nodeNames = [first.slice(first.indexOf("/") + 1)];
      specs = rest;
    } else {
      if (lookupResource(first).resource !== "nodes") throw new KubectlError(`invalid resource type ${first}, only nodes are supported`);
      nodeNames = rest.filter((a) => !a.includes(":") && !a.includes("=") && !a.endsWith("-"));
      specs = rest.filter((a) => !nodeNames.includes(a));
    }
    if (specs.length === 0) throw new UsageError("at least one taint update is required");
    for (const name of nodeNames) {
      const node = env.api.get<Node>("nodes", name);
      let taints = [...(node.spec?.taints ?? [])];
      let removed = false;
      let added = false;
      for (const spec of specs) {
        if (spec.endsWith("-")) {
          const [key, effect] = spec.slice(0, -1).split(":");
          const before = taints.length;
          taints = taints.filter((t) => !(t.key === key.split("=")[0] && (effect === undefined || t.effect === effect)));
          if (taints.length === before) throw new KubectlError(`taint "${spec.slice(0, -1)}" not found`);
          removed = true;
          continue;
        }
        const colon = spec.lastIndexOf(":");
        if (colon < 0) throw new KubectlError(`invalid taint spec: ${spec}, unknown taint effect`);
        const effect = spec.slice(colon + 1);
        if (!EFFECTS.includes(effect)) throw new KubectlError(`invalid taint effect: ${effect}, unsupported taint effect`);
        const [key, value] = spec.slice(0, colon).split("=");
        const existing = taints.find((t) => t.key === key && t.effect === effect);
        if (existing && !flagBool(flags, "overwrite")) throw new KubectlError(`node ${name} already has ${key} taint(s) with same effect(s) and --overwrite is false`);
        taints = taints.filter((t) => t !== existing);
        const taint: Taint = { key, effect: effect as TaintEffect, ...(value !== undefined ? { value } : {}) };
        taints.push(taint);
        added = true;
      }
      env.api.patch("nodes", name, { spec: { taints: taints.length ? taints : null } }, { type: "merge" });
      io.out(`node/${name} ${added && !removed ? "tainted" : removed && !added ? "untainted" : "modified"}\n`);
    }
    return 0;
  },
};
