/**
 * PURPOSE: `kubectl set image TYPE/NAME CONTAINER=IMAGE...` on a workload's pod template or a pod.
 * MODELS: https://kubernetes.io/docs/reference/kubectl/generated/kubectl_set/kubectl_set_image/
 * NOT MODELLED: init containers by name only (`*` sets every container).
 */
import type { Container, Deployment, KubeObject, Pod } from "../../../api/types";
import { KubectlError, UsageError, type KubectlCommand } from "./command";
import { flagString } from "./flags";
import { OUTPUT_FLAG, parseOutput, printAction } from "./output";
import { parseResourceArgs } from "./resource-args";

function containersOf(obj: KubeObject): Container[] | undefined {
  if (obj.kind === "Pod") return (obj as Pod).spec.containers;
  const spec = (obj as Deployment).spec;
  return spec?.template?.spec?.containers;
}

export const setImageCommand: KubectlCommand = {
  path: "set image",
  flags: [OUTPUT_FLAG, { name: "all", type: "bool" }, { name: "selector", short: "l", type: "string" }, { name: "record", type: "bool" }],
  run(flags, env, io) {
    const pairs = flags.args.filter((a) => a.includes("="));
    const resourceArgs = flags.args.filter((a) => !a.includes("="));
    if (pairs.length === 0) throw new UsageError("at least one image update is required");
    const format = parseOutput(flagString(flags, "output"));
    for (const { info, names } of parseResourceArgs(resourceArgs)) {
      for (const name of names) {
        const obj = env.api.get(info.resource, name, { namespace: env.namespace });
        const found = containersOf(obj);
        const containers = found?.map((c) => ({ ...c }));
        if (!containers) throw new KubectlError(`${info.resource} "${name}" has no containers`);
        for (const pair of pairs) {
          const [container, image] = [pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1)];
          const matched = containers.filter((c) => container === "*" || c.name === container);
          if (matched.length === 0) throw new KubectlError(`unable to find container named "${container}"`);
          for (const c of matched) c.image = image;
        }
        const patch = obj.kind === "Pod" ? { spec: { containers } } : { spec: { template: { spec: { containers } } } };
        const updated = env.api.patch(info.resource, name, patch, { namespace: env.namespace, type: "merge" });
        printAction(updated, "image updated", io, format);
      }
    }
    return 0;
  },
};
