/**
 * PURPOSE: the cluster's key-value store: every object under
 * `/registry/<resource>/<namespace>/<name>`, one global revision, compare-and-swap
 * writes and watches that replay history from a revision.
 * MODELS: etcd as the API server uses it, https://kubernetes.io/docs/concepts/architecture/#etcd
 * and https://kubernetes.io/docs/reference/using-api/api-concepts/#efficient-detection-of-changes
 * NOT MODELLED: leases, transactions over several keys, persistence, defragmentation.
 */
import { copyOf, deepFreeze } from "../core/clone";
import type { KubeObject } from "../api/types";

export type StoreEventType = "ADDED" | "MODIFIED" | "DELETED";
export type StoreEvent = {
  type: StoreEventType;
  resource: string;
  revision: number;
  object: KubeObject;
  prevObject?: KubeObject;
};

export type StoreErrorCode = "KeyExists" | "KeyNotFound" | "Conflict" | "Compacted";

export class StoreError extends Error {
  readonly code: StoreErrorCode;
  readonly revision: number;
  constructor(code: StoreErrorCode, message: string, revision = 0) {
    super(message);
    this.name = "StoreError";
    this.code = code;
    this.revision = revision;
  }
}

export type Store = {
  revision(): number;
  compactedRevision(): number;
  get(resource: string, namespace: string, name: string): KubeObject | undefined;
  /** Objects ordered by namespace, then name. */
  list(resource: string, namespace?: string): KubeObject[];
  count(resource: string): number;
  /** Takes ownership of obj: unless it is frozen already, it is frozen and stored rather than copied. */
  create(resource: string, obj: KubeObject): KubeObject;
  /** Takes ownership of obj, as create does. */
  update(resource: string, obj: KubeObject, expectedResourceVersion?: string): KubeObject;
  delete(resource: string, namespace: string, name: string, expectedResourceVersion?: string): KubeObject;
  watch(resource: string, fromRevision: number | undefined, listener: (e: StoreEvent) => void): () => void;
  /** Events of one resource after a revision; throws Compacted when that history is gone. */
  history(resource: string, afterRevision: number): StoreEvent[];
  resources(): string[];
};

export function storeKey(resource: string, namespace: string, name: string): string {
  return namespace ? `/registry/${resource}/${namespace}/${name}` : `/registry/${resource}/${name}`;
}

type Bucket = Map<string, Map<string, KubeObject>>;

export function createStore(config: { historyLimit?: number } = {}): Store {
  const historyLimit = config.historyLimit ?? 10_000;
  const data = new Map<string, Bucket>();
  const counts = new Map<string, number>();
  const history: StoreEvent[] = [];
  let historyStart = 0;
  let rev = 1;
  let compacted = 0;
  const listeners = new Map<string, Set<(e: StoreEvent) => void>>();
  // Sorted keys per resource and namespace ("" key: all namespaces), dropped when an object is added or removed;
  // updates keep them, so listing a large, busy resource does not sort it again.
  const sorted = new Map<string, Map<string | undefined, [Map<string, KubeObject>, string][]>>();

  function sortedEntries(resource: string, namespace: string | undefined): [Map<string, KubeObject>, string][] {
    let perResource = sorted.get(resource);
    if (!perResource) sorted.set(resource, (perResource = new Map()));
    let entries = perResource.get(namespace);
    if (entries) return entries;
    entries = [];
    const b = data.get(resource);
    const namespaces = namespace !== undefined ? [namespace] : [...(b?.keys() ?? [])].sort();
    for (const ns of namespaces) {
      const m = b?.get(ns);
      if (!m) continue;
      for (const name of [...m.keys()].sort()) entries.push([m, name]);
    }
    perResource.set(namespace, entries);
    return entries;
  }

  function bucket(resource: string): Bucket {
    let b = data.get(resource);
    if (!b) {
      b = new Map();
      data.set(resource, b);
    }
    return b;
  }

  function namespaceMap(resource: string, namespace: string): Map<string, KubeObject> {
    const b = bucket(resource);
    let m = b.get(namespace);
    if (!m) {
      m = new Map();
      b.set(namespace, m);
    }
    return m;
  }

  // The API server hands over private copies, so an unfrozen object is frozen in place rather than copied. The
  // metadata is always copied: it may be a stored version's, and a copy made by Object.assign freezes fast
  // whatever spreads or deletes built the original.
  function stamp(obj: KubeObject, revision: number): KubeObject {
    const out = Object.isFrozen(obj) ? copyOf(obj) : obj;
    out.metadata = copyOf(obj.metadata);
    out.metadata.resourceVersion = String(revision);
    return deepFreeze(out);
  }

  function emit(e: StoreEvent): void {
    history.push(e);
    if (history.length - historyStart > historyLimit) {
      compacted = history[historyStart].revision;
      historyStart++;
      if (historyStart > 4096 && historyStart * 2 > history.length) {
        history.splice(0, historyStart);
        historyStart = 0;
      }
    }
    const set = listeners.get(e.resource);
    if (set) for (const l of [...set]) l(e);
  }

  function current(resource: string, namespace: string, name: string, key: string): KubeObject {
    const existing = data.get(resource)?.get(namespace)?.get(name);
    if (!existing) throw new StoreError("KeyNotFound", `key not found: ${key}`);
    return existing;
  }

  function checkVersion(existing: KubeObject, expected: string | undefined, key: string): void {
    if (expected !== undefined && expected !== "" && existing.metadata.resourceVersion !== expected) {
      throw new StoreError("Conflict", `revision mismatch on ${key}`);
    }
  }

  return {
    revision: () => rev,
    compactedRevision: () => compacted,
    get(resource, namespace, name) {
      return data.get(resource)?.get(namespace)?.get(name);
    },
    list(resource, namespace) {
      if (!data.has(resource)) return [];
      const entries = sortedEntries(resource, namespace);
      const out: KubeObject[] = new Array(entries.length);
      for (let i = 0; i < entries.length; i++) out[i] = entries[i][0].get(entries[i][1]) as KubeObject;
      return out;
    },
    count: (resource) => counts.get(resource) ?? 0,
    create(resource, obj) {
      const namespace = obj.metadata.namespace ?? "";
      const name = obj.metadata.name ?? "";
      const m = namespaceMap(resource, namespace);
      if (m.has(name)) throw new StoreError("KeyExists", `key exists: ${storeKey(resource, namespace, name)}`);
      rev++;
      const stored = stamp(obj, rev);
      m.set(name, stored);
      sorted.delete(resource);
      counts.set(resource, (counts.get(resource) ?? 0) + 1);
      emit({ type: "ADDED", resource, revision: rev, object: stored });
      return stored;
    },
    update(resource, obj, expectedResourceVersion) {
      const namespace = obj.metadata.namespace ?? "";
      const name = obj.metadata.name ?? "";
      const key = storeKey(resource, namespace, name);
      const existing = current(resource, namespace, name, key);
      checkVersion(existing, expectedResourceVersion, key);
      rev++;
      const stored = stamp(obj, rev);
      namespaceMap(resource, namespace).set(name, stored);
      emit({ type: "MODIFIED", resource, revision: rev, object: stored, prevObject: existing });
      return stored;
    },
    delete(resource, namespace, name, expectedResourceVersion) {
      const key = storeKey(resource, namespace, name);
      const existing = current(resource, namespace, name, key);
      checkVersion(existing, expectedResourceVersion, key);
      rev++;
      const m = namespaceMap(resource, namespace);
      m.delete(name);
      sorted.delete(resource);
      if (m.size === 0) data.get(resource)?.delete(namespace);
      counts.set(resource, (counts.get(resource) ?? 1) - 1);
      const tomb = stamp(existing, rev);
      emit({ type: "DELETED", resource, revision: rev, object: tomb, prevObject: existing });
      return tomb;
    },
    watch(resource, fromRevision, listener) {
      if (fromRevision !== undefined && fromRevision > 0) {
        if (fromRevision < compacted) {
          throw new StoreError("Compacted", `required revision has been compacted`, compacted);
        }
        for (let i = historyStart; i < history.length; i++) {
          const e = history[i];
          if (e.revision > fromRevision && e.resource === resource) listener(e);
        }
      }
      let set = listeners.get(resource);
      if (!set) {
        set = new Set();
        listeners.set(resource, set);
      }
      set.add(listener);
      return () => {
        set?.delete(listener);
      };
    },
    resources: () => [...data.keys()],
    history(resource, afterRevision) {
      if (afterRevision < compacted) throw new StoreError("Compacted", "required revision has been compacted", compacted);
      const out: StoreEvent[] = [];
      for (let i = historyStart; i < history.length; i++) {
        const e = history[i];
        if (e.revision > afterRevision && e.resource === resource) out.push(e);
      }
      return out;
    },
  };
}
