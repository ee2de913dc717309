/**
 * PURPOSE: read the objects named by `-f`: a file of the session, or stdin for `-f -`; YAML with
 * several `---` documents or JSON; List objects are unpacked.
 * MODELS: https://kubernetes.io/docs/concepts/overview/working-with-objects/object-management/
 * NOT MODELLED: URLs, directories with -R, kustomize (-k).
 */
import { parseAllDocuments } from "yaml";
import { resourceForKind, type ResourceInfo } from "../../../api/resources";
import type { KubeObject } from "../../../api/types";
import type { Io, ShellContext } from "../../types";
import { KubectlError } from "./command";

export type Manifest = { source: string; obj: KubeObject; info: ResourceInfo };

export function readManifests(files: string[], ctx: ShellContext, io: Io): Manifest[] {
  if (files.length === 0) throw new KubectlError("must specify one of -f and -k");
  const out: Manifest[] = [];
  for (const file of files.flatMap((f) => f.split(","))) {
    const source = file === "-" ? "STDIN" : file;
    let text: string;
    if (file === "-") text = io.stdin;
    else {
      const read = ctx.fs.read(file);
      if (!read.ok) throw new KubectlError(`the path "${file}" does not exist`);
      text = read.value;
    }
    for (const obj of parseObjects(text, source)) {
      const info = resourceForKind(obj.kind, obj.apiVersion);
      if (!info) {
        throw new KubectlError(`resource mapping not found for name: "${obj.metadata?.name ?? ""}" namespace: "${obj.metadata?.namespace ?? ""}" from "${source}": no matches for kind "${obj.kind}" in version "${obj.apiVersion}"\nensure CRDs are installed first`);
      }
      out.push({ source, obj, info });
    }
  }
  if (out.length === 0) throw new KubectlError("no objects passed to apply");
  return out;
}

function parseObjects(text: string, source: string): KubeObject[] {
  const docs = parseAllDocuments(text);
  const objects: KubeObject[] = [];
  for (const doc of Array.isArray(docs) ? docs : [docs]) {
    if (doc.errors.length > 0) {
      const e = doc.errors[0];
      const line = e.linePos?.[0]?.line ?? 0;
      throw new KubectlError(`error parsing ${source}: error converting YAML to JSON: yaml: line ${line}: ${e.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "")}`);
    }
    const value: unknown = doc.toJSON();
    if (value === null || value === undefined) continue;
    if (typeof value !== "object" || Array.isArray(value)) throw new KubectlError(`error validating "${source}": error validating data: invalid object to validate`);
    const obj = value as Record<string, unknown>;
    if (typeof obj.kind !== "string" || obj.kind === "") throw new KubectlError(`error validating "${source}": error validating data: kind not set`);
    if (typeof obj.apiVersion !== "string" || obj.apiVersion === "") throw new KubectlError(`error validating "${source}": error validating data: apiVersion not set`);
    if (obj.kind === "List" && Array.isArray(obj.items)) {
      objects.push(...(obj.items as KubeObject[]));
      continue;
    }
    const meta = (obj.metadata ?? {}) as KubeObject["metadata"];
    objects.push({ ...(obj as KubeObject), metadata: meta });
  }
  return objects;
}
