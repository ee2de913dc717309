/**
 * PURPOSE: `kubectl create -f FILE`: create every object of a manifest, failing on ones that exist.
 * MODELS: https://kubernetes.io/docs/tasks/manage-kubernetes-objects/imperative-config/
 * NOT MODELLED: --save-config, --edit.
 */
import { formatStatusError, KubectlError, type KubectlCommand } from "./command";
import { DRY_RUN_FLAG, dryRunOf } from "./dry-run";
import { flagArray, flagString } from "./flags";
import { asManifestVersion, manifestNamespace, readManifests } from "./manifests";
import { OUTPUT_FLAG, parseOutput, printAction } from "./output";

export const createCommand: KubectlCommand = {
  path: "create",
  flags: [OUTPUT_FLAG, DRY_RUN_FLAG, { name: "filename", short: "f", type: "stringArray" }, { name: "save-config", type: "bool" }, { name: "validate", type: "string" }],
  run(flags, env, io) {
    const files = flagArray(flags, "filename");
    if (files.length === 0) {
      if (flags.args.length > 0) throw new KubectlError(`unknown command "${flags.args[0]}"\nSee 'kubectl create -h' for help and examples`);
      throw new KubectlError("must specify one of -f and -k");
    }
    const format = parseOutput(flagString(flags, "output"));
    const dryRun = dryRunOf(flags);
    let failed = false;
    const manifests = readManifests(files, env.shell, io);
    if (manifests.length === 0) throw new KubectlError("no objects passed to create");
    for (const m of manifests) {
      const namespace = manifestNamespace(m, env);
      try {
        if (dryRun === "client") {
          printAction(m.obj, "created", io, format, dryRun);
          continue;
        }
        const created = env.api.create(m.info.resource, m.view ? m.view.toStored(m.obj) : m.obj, { namespace, dryRun: dryRun === "server" });
        printAction(asManifestVersion(m, created), "created", io, format, dryRun);
      } catch (e) {
        io.err(`${formatStatusError(e, `error when creating "${m.source}"`)}\n`);
        failed = true;
      }
    }
    return failed ? 1 : 0;
  },
};
