/**
 * PURPOSE: `kubectl scale TYPE NAME --replicas=N` for deployments, replicasets and statefulsets.
 * MODELS: https://kubernetes.io/docs/reference/kubectl/generated/kubectl_scale/
 * NOT MODELLED: --current-replicas preconditions, --timeout waiting.
 */
import { isNotFound, isStatusError } from "../../../core/errors";
import { KubectlError, type KubectlCommand } from "./command";
import { flagInt, flagString, hasFlag } from "./flags";
import { OUTPUT_FLAG, parseOutput, printAction } from "./output";
import { parseResourceArgs } from "./resource-args";

export const scaleCommand: KubectlCommand = {
  path: "scale",
  flags: [OUTPUT_FLAG, { name: "replicas", type: "int" }, { name: "selector", short: "l", type: "string" }, { name: "all", type: "bool" }, { name: "current-replicas", type: "int" }, { name: "filename", short: "f", type: "stringArray" }],
  run(flags, env, io) {
    if (!hasFlag(flags, "replicas")) throw new KubectlError('required flag(s) "replicas" not set');
    const replicas = flagInt(flags, "replicas") ?? 0;
    if (replicas < 0) throw new KubectlError("The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0");
    const format = parseOutput(flagString(flags, "output"));
    const requests = parseResourceArgs(flags.args);
    if (requests.length === 0) throw new KubectlError("You must provide one or more resources by argument or filename.");
    for (const { info, names } of requests) {
      if (!["deployments", "replicasets", "statefulsets", "replicationcontrollers"].includes(info.resource)) {
        throw new KubectlError(`cannot scale ${info.kind}: no scaler has been implemented for {${info.group} ${info.kind}}`);
      }
      if (names.length === 0) throw new KubectlError("resource(s) were provided, but no name was specified");
      for (const name of names) {
        let updated;
        try {
          updated = env.api.patch(info.resource, name, { spec: { replicas } }, { namespace: env.namespace, type: "merge" });
        } catch (e) {
          // kubectl looks the objects up first and words a missing one as an empty selection.
          if (isNotFound(e) && isStatusError(e)) throw new KubectlError(`no objects passed to scale ${e.status.message}`);
          throw e;
        }
        printAction(updated, "scaled", io, format);
      }
    }
    return 0;
  },
};
