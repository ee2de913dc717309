/**
 * PURPOSE: `kubectl patch TYPE NAME -p PATCH [--type strategic|merge|json]`: send a patch (JSON or
 * YAML text) to the API server and say whether the object changed.
 * MODELS: https://kubernetes.io/docs/tasks/manage-kubernetes-objects/update-api-object-kubectl-patch/
 * NOT MODELLED: --patch-file, --subresource, --local.
 */
import { parse } from "yaml";
import type { PatchType } from "../../../apiserver/client";
import { KubectlError, type KubectlCommand } from "./command";
import { DRY_RUN_FLAG, dryRunOf } from "./dry-run";
import { flagString } from "./flags";
import { OUTPUT_FLAG, parseOutput, printAction } from "./output";
import { parseResourceArgs } from "./resource-args";

const TYPES: Record<string, PatchType> = { strategic: "strategic", merge: "merge", json: "json" };

export const patchCommand: KubectlCommand = {
  path: "patch",
  flags: [OUTPUT_FLAG, DRY_RUN_FLAG, { name: "patch", short: "p", type: "string" }, { name: "type", type: "string" }],
  run(flags, env, io) {
    const text = flagString(flags, "patch");
    if (text === "") throw new KubectlError("must specify -p to patch");
    const typeName = flagString(flags, "type") || "strategic";
    const type = TYPES[typeName];
    if (!type) throw new KubectlError(`--type must be one of [json merge strategic], not "${typeName}"`);
    let body: unknown;
    try {
      body = parse(text);
    } catch (e) {
      throw new KubectlError(`unable to parse "${text}": ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`);
    }
    const format = parseOutput(flagString(flags, "output"));
    const dryRun = dryRunOf(flags);
    const requests = parseResourceArgs(flags.args);
    if (requests.length === 0 || requests.every((r) => r.names.length === 0)) throw new KubectlError("resource(s) were provided, but no name was specified");
    for (const { info, names } of requests) {
      for (const name of names) {
        const namespace = info.namespaced ? env.namespace : undefined;
        const before = env.api.get(info.resource, name, { namespace });
        const after = env.api.patch(info.resource, name, body, { namespace, type, dryRun: dryRun !== "none" });
        const unchanged = after.metadata.resourceVersion === before.metadata.resourceVersion;
        printAction(after, unchanged ? "patched (no change)" : "patched", io, format, dryRun);
      }
    }
    return 0;
  },
};
