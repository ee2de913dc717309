/**
 * PURPOSE: `kubectl delete`: by type and names, type/name, -f manifest, -l selector or --all;
 * waits (in virtual time) until the objects are gone, as --wait=true does.
 * MODELS: https://kubernetes.io/docs/reference/kubectl/generated/kubectl_delete/ (1.33 prints `pod "web" deleted`)
 * NOT MODELLED: --cascade=foreground beyond the propagation policy, --raw.
 */
import { isNotFound } from "../../../core/errors";
import { formatStatusError, KubectlError, type KubectlCommand, type KubectlEnv } from "./command";
import { DRY_RUN_FLAG, dryRunOf } from "./dry-run";
import { flagArray, flagBool, flagInt, flagString, hasFlag } from "./flags";
import { readManifestTargets, type ManifestTarget } from "./manifests";
import { kindPrefix, parseResourceArgs } from "./resource-args";
import { advanceUntil } from "./wait";

type Target = ManifestTarget & { uid?: string };

export const deleteCommand: KubectlCommand = {
  path: "delete",
  flags: [
    DRY_RUN_FLAG,
    { name: "filename", short: "f", type: "stringArray" },
    { name: "selector", short: "l", type: "string" },
    { name: "all", type: "bool" },
    { name: "all-namespaces", short: "A", type: "bool" },
    { name: "grace-period", type: "int" },
    { name: "now", type: "bool" },
    { name: "force", type: "bool" },
    { name: "wait", type: "bool" },
    { name: "cascade", type: "string" },
    { name: "ignore-not-found", type: "bool" },
    { name: "output", short: "o", type: "string" },
  ],
  run(flags, env, io) {
    const files = flagArray(flags, "filename");
    const selector = flagString(flags, "selector");
    const all = flagBool(flags, "all");
    const allNamespaces = flagBool(flags, "all-namespaces");
    const targets: Target[] = [];
    const errors: string[] = [];
    if (files.length > 0) {
      targets.push(...readManifestTargets(files, env, io));
      if (targets.length === 0) {
        io.out("No resources found\n");
        return 0;
      }
    } else {
      if (flags.args.length === 0) {
        throw new KubectlError("You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'");
      }
      for (const request of parseResourceArgs(flags.args)) {
        const namespace = !request.info.namespaced ? undefined : allNamespaces ? "" : env.namespace;
        if (request.names.length > 0) {
          for (const name of request.names) targets.push({ info: request.info, name, namespace });
          continue;
        }
        if (selector === "" && !all && !hasFlag(flags, "field-selector")) throw new KubectlError("resource(s) were provided, but no name was specified");
        for (const obj of env.api.list(request.info.resource, { namespace, labelSelector: selector || undefined }).items) {
          targets.push({ info: request.info, name: obj.metadata.name ?? "", namespace: obj.metadata.namespace });
        }
      }
      if (targets.length === 0) {
        io.err(allNamespaces || !parseResourceArgs(flags.args).some((r) => r.info.namespaced) ? "No resources found\n" : `No resources found in ${env.namespace} namespace.\n`);
        return 0;
      }
    }
    const force = flagBool(flags, "force");
    let grace = flagInt(flags, "grace-period");
    if (flagBool(flags, "now")) grace = 1;
    if (force && grace === undefined) grace = 0;
    if (grace === 0 && !force) grace = 1;
    const immediate = force && grace === 0;
    if (immediate) io.err("Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n");
    const dryRun = dryRunOf(flags);
    const deleted: Required<Target>[] = [];
    for (const t of targets) {
      try {
        const cascade = flagString(flags, "cascade", "background");
        const propagationPolicy = cascade === "orphan" ? "Orphan" : cascade === "foreground" ? "Foreground" : "Background";
        const gone =
          dryRun !== "client"
            ? env.api.delete(t.info.resource, t.name, { namespace: t.namespace, gracePeriodSeconds: grace, propagationPolicy, dryRun: dryRun === "server" })
            : env.api.get(t.info.resource, t.name, { namespace: t.namespace });
        if (flagString(flags, "output") === "name") io.out(`${kindPrefix(t.info)}/${t.name}\n`);
        else io.out(`${kindPrefix(t.info)} "${t.name}" ${immediate ? "force deleted" : "deleted"}${dryRun === "client" ? " (dry run)" : dryRun === "server" ? " (server dry run)" : ""}\n`);
        deleted.push({ ...t, uid: gone.metadata.uid ?? "" });
      } catch (e) {
        if (isNotFound(e) && flagBool(flags, "ignore-not-found")) continue;
        errors.push(formatStatusError(e));
      }
    }
    if (dryRun === "none" && flagBool(flags, "wait", true)) waitGone(env, deleted, (grace ?? 30) * 1000 + 10_000);
    for (const e of errors) io.err(`${e}\n`);
    return errors.length > 0 ? 1 : 0;
  },
};

/** Waits until each deleted object is gone; an object its controller recreated under the same name has another uid and does not count. */
function waitGone(env: KubectlEnv, targets: Required<Target>[], limitMs: number): void {
  const stillThere = (t: Required<Target>): boolean => {
    try {
      return env.api.get(t.info.resource, t.name, { namespace: t.namespace }).metadata.uid === t.uid;
    } catch {
      return false;
    }
  };
  advanceUntil(env, () => !targets.some(stillThere), limitMs);
}
