/**
 * PURPOSE: read the objects named by `-f`: a file of the session, or stdin for `-f -`; YAML with
 * several `---` documents or JSON; List objects are unpacked. Shared by apply, create, get, describe
 * and delete, which also share the rule on the objects' namespace.
 * MODELS: https://kubernetes.io/docs/concepts/overview/working-with-objects/object-management/
 * NOT MODELLED: URLs, directories with -R, kustomize (-k).
 */
import { parseAllDocuments } from "yaml";
import { hpaFromV1, hpaToV1, type HorizontalPodAutoscalerV1 } from "../../../api/hpa-v1";
import { resourceForKind, type ResourceInfo } from "../../../api/resources";
import type { HorizontalPodAutoscaler, KubeObject } from "../../../api/types";
import type { Io, ShellContext } from "../../types";
import { KubectlError, type KubectlEnv } from "./command";

/** A version the API serves by converting to and from the stored one; the manifest's object is in it. */
export type VersionView = { toStored(obj: KubeObject): KubeObject; fromStored(obj: KubeObject): KubeObject };

export type Manifest = { source: string; obj: KubeObject; info: ResourceInfo; view?: VersionView };

// Older manifests still say autoscaling/v1, which the API server serves beside the stored autoscaling/v2.
const CONVERTED_VERSIONS: Record<string, VersionView> = {
  "autoscaling/v1 HorizontalPodAutoscaler": {
    toStored: (obj) => hpaFromV1(obj as unknown as Partial<HorizontalPodAutoscalerV1> & Record<string, unknown>),
    fromStored: (obj) => hpaToV1(obj as HorizontalPodAutoscaler) as unknown as KubeObject,
  },
};

/** The object as its manifest's version shows it. */
export function asManifestVersion(m: Manifest, obj: KubeObject): KubeObject {
  return m.view ? m.view.fromStored(obj) : obj;
}

/** An object a manifest names, for the commands that act on the live object (get, describe, delete). */
export type ManifestTarget = { info: ResourceInfo; name: string; namespace: string | undefined };

/** `-f` given only as stdin (`-`): kubectl then treats even one object as a list. */
export function readsOnlyStdin(files: string[]): boolean {
  return files.flatMap((f) => f.split(",")).every((f) => f === "-");
}

/** The namespace of a manifest's object: its own, else the session's; `-n` naming another one is refused. */
export function manifestNamespace(m: Manifest, env: Pick<KubectlEnv, "namespace" | "namespaceSet">): string | undefined {
  if (!m.info.namespaced) return undefined;
  const own = m.obj.metadata.namespace;
  if (own && env.namespaceSet && own !== env.namespace) {
    throw new KubectlError(`the namespace from the provided object "${own}" does not match the namespace "${env.namespace}". You must pass '--namespace=${own}' to perform this operation.`);
  }
  return own ?? env.namespace;
}

export function readManifestTargets(files: string[], env: KubectlEnv, io: Io): ManifestTarget[] {
  return readManifests(files, env.shell, io).map((m) => ({ info: m.info, name: m.obj.metadata.name ?? "", namespace: manifestNamespace(m, env) }));
}

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
      const view = CONVERTED_VERSIONS[`${obj.apiVersion} ${obj.kind}`];
      const info = view ? resourceForKind(obj.kind) : resourceForKind(obj.kind, obj.apiVersion);
      if (!info) {
        throw new KubectlError(`resource mapping not found for name: "${obj.metadata?.name ?? ""}" namespace: "${obj.metadata?.namespace ?? ""}" from "${source}": no matches for kind "${obj.kind}" in version "${obj.apiVersion}"\nensure CRDs are installed first`);
      }
      out.push({ source, obj, info, ...(view ? { view } : {}) });
    }
  }
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
