/**
 * PURPOSE: the three patch formats `kubectl patch` sends: JSON merge patch
 * (RFC 7386), JSON patch (RFC 6902) and strategic merge patch (lists of named
 * things merged by key instead of replaced).
 * MODELS: https://kubernetes.io/docs/tasks/manage-kubernetes-objects/update-api-object-kubectl-patch/
 * NOT MODELLED: $setElementOrder, $retainKeys, $deleteFromPrimitiveList directives.
 */
import { copyOf, deepClone } from "../core/clone";
import { StatusError } from "../core/errors";

type Json = unknown;
type Obj = Record<string, Json>;

function isObj(v: Json): v is Obj {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

/**
 * RFC 7386 merge. With shareFrozen, frozen values of the patch are taken as they are rather than copied:
 * they cannot change, so the result may share them (only for results nobody mutates afterwards).
 */
export function mergePatch(target: Json, patch: Json, shareFrozen = false): Json {
  if (!isObj(patch)) return shareFrozen && Object.isFrozen(patch) ? patch : deepClone(patch);
  const out: Obj = isObj(target) ? copyOf(target) : {};
  for (const k in patch) {
    const v = patch[k];
    if (v === null) delete out[k];
    else out[k] = mergePatch(out[k], v, shareFrozen);
  }
  return out;
}

function unescapePointer(s: string): string {
  return s.replace(/~1/g, "/").replace(/~0/g, "~");
}

function parsePointer(path: string): string[] {
  if (path === "") return [];
  if (!path.startsWith("/")) throw StatusError.badRequest(`the server rejected our request due to an error in our request`);
  return path.slice(1).split("/").map(unescapePointer);
}

function parentAndKey(root: Json, path: string): { parent: Obj | Json[]; key: string } {
  const parts = parsePointer(path);
  if (parts.length === 0) throw StatusError.badRequest("jsonpatch: cannot operate on the document root");
  let cur: Json = root;
  for (const p of parts.slice(0, -1)) {
    if (Array.isArray(cur)) cur = cur[Number(p)];
    else if (isObj(cur)) cur = cur[p];
    else cur = undefined;
    if (cur === undefined) throw StatusError.internal(`jsonpatch: missing path "${path}"`);
  }
  if (!Array.isArray(cur) && !isObj(cur)) throw StatusError.internal(`jsonpatch: missing path "${path}"`);
  return { parent: cur, key: parts[parts.length - 1] };
}

function getAt(root: Json, path: string): Json {
  let cur: Json = root;
  for (const p of parsePointer(path)) {
    if (Array.isArray(cur)) cur = cur[Number(p)];
    else if (isObj(cur)) cur = cur[p];
    else return undefined;
  }
  return cur;
}

function removeAt(root: Json, path: string): Json {
  const { parent, key } = parentAndKey(root, path);
  if (Array.isArray(parent)) {
    const i = Number(key);
    if (!(i >= 0 && i < parent.length)) throw StatusError.internal(`jsonpatch remove operation does not apply: doc is missing key: ${path}`);
    return parent.splice(i, 1)[0];
  }
  if (!(key in parent)) throw StatusError.internal(`jsonpatch remove operation does not apply: doc is missing path: "${path}"`);
  const v = parent[key];
  delete parent[key];
  return v;
}

function addAt(root: Json, path: string, value: Json, replace: boolean): void {
  const { parent, key } = parentAndKey(root, path);
  if (Array.isArray(parent)) {
    const i = key === "-" ? parent.length : Number(key);
    if (!(i >= 0 && i <= parent.length)) throw StatusError.internal(`jsonpatch add operation does not apply: index out of bounds`);
    if (replace) parent[i] = value;
    else parent.splice(i, 0, value);
    return;
  }
  if (replace && !(key in parent)) throw StatusError.internal(`jsonpatch replace operation does not apply: doc is missing key: ${path}`);
  parent[key] = value;
}

type Op = { op: string; path: string; value?: Json; from?: string };

export function jsonPatch(target: Json, ops: Json): Json {
  if (!Array.isArray(ops)) throw StatusError.badRequest("json: cannot unmarshal object into Go value of type jsonpatch.Patch");
  let doc = deepClone(target);
  for (const raw of ops as Op[]) {
    const { op, path } = raw;
    if (path === "" && (op === "add" || op === "replace")) {
      doc = deepClone(raw.value);
      continue;
    }
    switch (op) {
      case "add":
        addAt(doc, path, deepClone(raw.value), false);
        break;
      case "replace":
        addAt(doc, path, deepClone(raw.value), true);
        break;
      case "remove":
        removeAt(doc, path);
        break;
      case "move":
        addAt(doc, path, removeAt(doc, raw.from ?? ""), false);
        break;
      case "copy":
        addAt(doc, path, deepClone(getAt(doc, raw.from ?? "")), false);
        break;
      case "test":
        if (JSON.stringify(getAt(doc, path)) !== JSON.stringify(raw.value)) {
          throw StatusError.internal(`testing value ${path} failed: test failed`);
        }
        break;
      default:
        throw StatusError.badRequest(`Unexpected kind: ${op}`);
    }
  }
  return doc;
}

/** Merge keys from the Go struct tags (patchMergeKey) of the lists the simulator serves. */
const MERGE_KEYS: Record<string, string> = {
  containers: "name",
  initContainers: "name",
  ephemeralContainers: "name",
  env: "name",
  volumes: "name",
  volumeMounts: "mountPath",
  imagePullSecrets: "name",
  conditions: "type",
  ownerReferences: "uid",
  hostAliases: "ip",
  taints: "key",
  addresses: "type",
  containerStatuses: "name",
};
const PRIMITIVE_SET_LISTS = new Set(["finalizers"]);

function mergeKeyFor(field: string, items: Json[]): string | undefined {
  if (field === "ports") {
    const first = items.find(isObj);
    if (first && "containerPort" in first) return "containerPort";
    if (first && "port" in first) return "port";
    return undefined;
  }
  return MERGE_KEYS[field];
}

function mergeList(field: string, target: Json, patch: Json[]): Json[] {
  const base = Array.isArray(target) ? target : [];
  if (PRIMITIVE_SET_LISTS.has(field)) {
    const out = [...base];
    for (const v of patch) if (!out.includes(v)) out.push(v);
    return out;
  }
  if (patch.some((p) => isObj(p) && p.$patch === "replace")) {
    return patch.filter((p) => !(isObj(p) && p.$patch === "replace")).map((p) => deepClone(p));
  }
  const key = mergeKeyFor(field, patch.length > 0 ? patch : base);
  if (!key) return deepClone(patch);
  const out = base.map((v) => deepClone(v));
  for (const p of patch) {
    if (!isObj(p)) continue;
    const idx = out.findIndex((o) => isObj(o) && o[key] === p[key]);
    if (p.$patch === "delete") {
      if (idx >= 0) out.splice(idx, 1);
      continue;
    }
    if (idx >= 0) out[idx] = strategicMerge(out[idx], p);
    else out.push(strategicMerge({}, p));
  }
  return out;
}

export function strategicMerge(target: Json, patch: Json): Json {
  if (!isObj(patch)) return deepClone(patch);
  if (patch.$patch === "replace") {
    const rest = { ...patch };
    delete rest.$patch;
    return deepClone(rest);
  }
  if (patch.$patch === "delete") return undefined;
  const out: Obj = isObj(target) ? copyOf(target) : {};
  for (const [k, v] of Object.entries(patch)) {
    if (k === "$patch") continue;
    if (v === null) delete out[k];
    else if (Array.isArray(v)) out[k] = mergeList(k, out[k], v);
    else if (isObj(v)) out[k] = strategicMerge(out[k], v);
    else out[k] = v;
  }
  return out;
}

export function applyPatch(type: "merge" | "json" | "strategic", target: Json, patch: Json): Json {
  if (type === "json") return jsonPatch(target, patch);
  if (!isObj(patch)) {
    const goType = Array.isArray(patch) ? "array" : patch === null ? "null" : typeof patch;
    throw StatusError.badRequest(`json: cannot unmarshal ${goType} into Go value of type map[string]interface {}`);
  }
  return type === "merge" ? mergePatch(target, patch) : strategicMerge(target, patch);
}
