/**
 * PURPOSE: `kubectl label` and `kubectl annotate`: add (`k=v`), overwrite (`--overwrite`) or
 * remove (`k-`) labels or annotations on objects named by type and name or selected with -l/--all.
 * MODELS: https://kubernetes.io/docs/reference/kubectl/generated/kubectl_label/ and .../kubectl_annotate/
 * NOT MODELLED: --resource-version preconditions, --list.
 */
import type { KubeObject } from "../../../api/types";
import { KubectlError, type KubectlCommand } from "./command";
import { flagBool, flagString, type ParsedFlags } from "./flags";
import { OUTPUT_FLAG, parseOutput, printAction } from "./output";
import { parseResourceArgs } from "./resource-args";

type Field = "labels" | "annotations";

function metaCommand(path: "label" | "annotate", field: Field, verb: string): KubectlCommand {
  return {
    path,
    flags: [OUTPUT_FLAG, { name: "overwrite", type: "bool" }, { name: "all", type: "bool" }, { name: "selector", short: "l", type: "string" }, { name: "all-namespaces", short: "A", type: "bool" }, { name: "dry-run", type: "string" }, { name: "list", type: "bool" }],
    run(flags, env, io) {
      const changes = flags.args.filter((a) => a.includes("=") || (a.endsWith("-") && !a.includes("/")));
      const resourceArgs = flags.args.filter((a) => !changes.includes(a));
      if (changes.length === 0) throw new KubectlError(`at least one ${field === "labels" ? "label" : "annotation"} update is required`);
      const format = parseOutput(flagString(flags, "output"));
      for (const request of parseResourceArgs(resourceArgs)) {
        const namespace = request.info.namespaced ? env.namespace : undefined;
        const objects = request.names.length > 0 ? request.names.map((n) => env.api.get(request.info.resource, n, { namespace })) : selected(flags, env.api.list(request.info.resource, { namespace, labelSelector: flagString(flags, "selector") || undefined }).items);
        for (const obj of objects) {
          const current = { ...(obj.metadata[field] ?? {}) };
          const next = applyChanges(current, changes, flagBool(flags, "overwrite"), field);
          const changed = JSON.stringify(sortKeys(next)) !== JSON.stringify(sortKeys(current));
          if (!changed) {
            printAction(obj, `not ${verb}`, io, format);
            continue;
          }
          const patchValue: Record<string, string | null> = { ...next };
          for (const k of Object.keys(current)) if (!(k in next)) patchValue[k] = null;
          const updated = env.api.patch(request.info.resource, obj.metadata.name ?? "", { metadata: { [field]: patchValue } }, { namespace, type: "merge" });
          // kubectl label says "unlabeled" when the command only removes labels.
          const onlyRemovals = changes.every((c) => !c.includes("="));
          printAction(updated, path === "label" && onlyRemovals ? "unlabeled" : verb, io, format);
        }
      }
      return 0;
    },
  };
}

function selected(flags: ParsedFlags, items: KubeObject[]): KubeObject[] {
  if (!flagBool(flags, "all") && flagString(flags, "selector") === "") throw new KubectlError("resource(s) were provided, but no name was specified");
  return items;
}

function sortKeys(o: Record<string, string>): [string, string][] {
  return Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1));
}

function applyChanges(current: Record<string, string>, changes: string[], overwrite: boolean, field: Field): Record<string, string> {
  const next = { ...current };
  for (const change of changes) {
    if (change.endsWith("-") && !change.includes("=")) {
      delete next[change.slice(0, -1)];
      continue;
    }
    const eq = change.indexOf("=");
    const key = change.slice(0, eq);
    const value = change.slice(eq + 1);
    if (field === "labels" && !/^([a-z0-9]([-a-z0-9.]*[a-z0-9])?\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/.test(key)) throw new KubectlError(`invalid label spec: ${change}`);
    if (key in current && current[key] !== value && !overwrite) throw new KubectlError(`'${key}' already has a value (${current[key]}), and --overwrite is false`);
    next[key] = value;
  }
  return next;
}

export const labelCommand = metaCommand("label", "labels", "labeled");
export const annotateCommand = metaCommand("annotate", "annotations", "annotated");
