/**
 * PURPOSE: `kubectl apply -f`: create what is missing, update what changed (a merge patch that
 * also removes fields dropped since the last apply), leave the rest unchanged; the applied
 * configuration is kept in the last-applied annotation.
 * MODELS: https://kubernetes.io/docs/tasks/manage-kubernetes-objects/declarative-config/
 * NOT MODELLED: strategic merge of lists by key (lists are replaced), server-side apply, --prune.
 */
import type { KubeObject } from "../../../api/types";
import { mergePatch as applyMergePatch } from "../../../apiserver/patch";
import { isNotFound } from "../../../core/errors";
import { toJson } from "../../printers/json";
import { formatStatusError, KubectlError, type KubectlCommand } from "./command";
import { flagArray, flagString } from "./flags";
import { asManifestVersion, manifestNamespace, readManifests } from "./manifests";
import { OUTPUT_FLAG, parseOutput, printAction } from "./output";
import { dryRunOf } from "./dry-run";

export const LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";

export const applyCommand: KubectlCommand = {
  path: "apply",
  flags: [OUTPUT_FLAG, { name: "filename", short: "f", type: "stringArray" }, { name: "dry-run", type: "string" }, { name: "recursive", short: "R", type: "bool" }, { name: "server-side", type: "bool" }, { name: "force", type: "bool" }, { name: "validate", type: "string" }],
  run(flags, env, io) {
    const files = flagArray(flags, "filename");
    if (flags.args.length > 0) throw new KubectlError(`Unexpected args: [${flags.args.join(" ")}]\nSee 'kubectl apply -h' for help and examples`);
    if (files.length === 0) throw new KubectlError("must specify one of -f and -k");
    const format = parseOutput(flagString(flags, "output"));
    const dryRun = dryRunOf(flags);
    let failed = false;
    const manifests = readManifests(files, env.shell, io);
    if (manifests.length === 0) throw new KubectlError("no objects passed to apply");
    for (const m of manifests) {
      const namespace = manifestNamespace(m, env);
      const desired: KubeObject = { ...m.obj, metadata: { ...m.obj.metadata, ...(namespace ? { namespace } : {}) } };
      const annotation = `${compactJson(withoutLastApplied(desired))}\n`;
      desired.metadata.annotations = { ...(desired.metadata.annotations ?? {}), [LAST_APPLIED]: annotation };
      const name = desired.metadata.name ?? "";
      let stage = "creating";
      try {
        let live: KubeObject | undefined;
        try {
          live = env.api.get(m.info.resource, name, { namespace });
        } catch (e) {
          if (!isNotFound(e)) throw e;
        }
        if (!live) {
          const created = env.api.create(m.info.resource, m.view ? m.view.toStored(desired) : desired, { namespace, dryRun: dryRun !== "none" });
          printAction(asManifestVersion(m, created), "created", io, format, dryRun);
          continue;
        }
        const previous = live.metadata.annotations?.[LAST_APPLIED];
        if (previous === annotation) {
          printAction(asManifestVersion(m, live), "unchanged", io, format, dryRun);
          continue;
        }
        stage = "patching";
        const patch = mergePatch(previous ? (JSON.parse(previous) as Record<string, unknown>) : {}, desired as unknown as Record<string, unknown>);
        const write = { namespace, dryRun: dryRun !== "none" };
        const updated = m.view
          ? // As the API server does for a patch sent in another version: applied to the object as that version shows it.
            env.api.update(m.info.resource, m.view.toStored(applyMergePatch(m.view.fromStored(live), patch) as KubeObject), write)
          : env.api.patch(m.info.resource, name, patch, { ...write, type: "merge" });
        printAction(asManifestVersion(m, updated), "configured", io, format, dryRun);
      } catch (e) {
        io.err(`${formatStatusError(e, `error when ${stage} "${m.source}"`)}\n`);
        failed = true;
      }
    }
    return failed ? 1 : 0;
  },
};

/** The configuration kubectl records: the manifest with its namespace filled in and the annotations map kept, even empty. */
function withoutLastApplied(obj: KubeObject): KubeObject {
  const annotations = { ...(obj.metadata.annotations ?? {}) };
  delete annotations[LAST_APPLIED];
  return { ...obj, metadata: { ...obj.metadata, annotations } };
}

/** Go's json.Marshal of an unstructured object: sorted keys, no spaces. */
export function compactJson(value: unknown): string {
  return toJson(value)
    .split("\n")
    .map((l) => l.trim())
    .join("")
    .replace(/":\s/g, '":');
}

/** Merge patch from the last applied config to the new one: changed keys set, dropped keys nulled. */
export function mergePatch(previous: Record<string, unknown>, next: Record<string, unknown>): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(next)) {
    const old = previous[k];
    if (isPlain(v) && isPlain(old)) patch[k] = mergePatch(old, v);
    else patch[k] = v;
  }
  for (const k of Object.keys(previous)) if (!(k in next)) patch[k] = null;
  return patch;
}

function isPlain(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
