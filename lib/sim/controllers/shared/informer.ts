/**
 * PURPOSE: a shared informer: a local cache of one resource kept current by a
 * watch, with secondary indexes, event handlers, and write-through of the
 * controller's own writes so a reconcile never acts twice on stale cache.
 * MODELS: client-go shared informers and indexers, https://kubernetes.io/docs/concepts/architecture/controller/
 * NOT MODELLED: resync periods, relist after watch expiry.
 */
import type { KubeObject } from "../../api/types";
import type { ApiClient, WatchEvent } from "../../apiserver/client";

/** Must depend only on metadata (labels, owner references, uid, namespace, name) and spec.nodeName. */
export type IndexFn = (o: KubeObject) => string[];
export type Handler<T extends KubeObject = KubeObject> = (type: WatchEvent["type"], obj: T, old: T | undefined) => void;

export type Informer<T extends KubeObject = KubeObject> = {
  get(namespace: string, name: string): T | undefined;
  list(): T[];
  byIndex(index: string, value: string): T[];
  addIndex(index: string, fn: IndexFn): void;
  addHandler(h: Handler<T>): void;
  /** Records the result of our own write before its watch event arrives; handlers see it at once and not again. */
  observe(obj: KubeObject): void;
  /** Records our own delete; a later DELETED or newer event reconciles it. */
  forget(obj: KubeObject): void;
  size(): number;
  stop(): void;
};

/** `namespace/name`, built flat: a concatenated key is a rope that every map operation walks again. */
export function objectKey(o: KubeObject): string {
  return o.metadata.namespace ? [o.metadata.namespace, o.metadata.name].join("/") : (o.metadata.name ?? "");
}

function rv(o: KubeObject): number {
  return Number(o.metadata.resourceVersion ?? 0);
}

export function createInformer<T extends KubeObject>(api: ApiClient, resource: string): Informer<T> {
  const items = new Map<string, T>();
  const entryKeys = new Map<string, string[][]>();
  const tombstones = new Map<string, number>();
  // As client-go's indexer: each index maps a value to the keys of the objects that have it, so an update that
  // keeps every index value (a status change) touches no index.
  const indexes = new Map<string, { fn: IndexFn; map: Map<string, Set<string>> }>();
  const handlers: Handler<T>[] = [];

  function sameKeys(a: string[], b: string[]): boolean {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    return true;
  }

  // Index functions read only metadata and spec.nodeName, so a status-only change keeps every index key.
  function sameIndexInputs(a: KubeObject, b: KubeObject): boolean {
    return (
      a.metadata.labels === b.metadata.labels &&
      a.metadata.ownerReferences === b.metadata.ownerReferences &&
      a.metadata.uid === b.metadata.uid &&
      a.metadata.namespace === b.metadata.namespace &&
      (a.spec as { nodeName?: string } | undefined)?.nodeName === (b.spec as { nodeName?: string } | undefined)?.nodeName
    );
  }

  function removeKeys(map: Map<string, Set<string>>, values: string[], key: string): void {
    for (const v of values) {
      const set = map.get(v);
      if (!set) continue;
      set.delete(key);
      if (set.size === 0) map.delete(v);
    }
  }

  function addKeys(map: Map<string, Set<string>>, values: string[], key: string): void {
    for (const v of values) {
      let set = map.get(v);
      if (!set) map.set(v, (set = new Set()));
      set.add(key);
    }
  }

  function put(key: string, o: T): T | undefined {
    const old = items.get(key);
    items.set(key, o);
    const prevKeys = entryKeys.get(key);
    if (old && prevKeys && prevKeys.length === indexes.size && sameIndexInputs(old, o)) return old;
    const nextKeys: string[][] = [];
    let i = 0;
    for (const { fn, map } of indexes.values()) {
      const keys = fn(o);
      nextKeys.push(keys);
      const before = prevKeys?.[i] ?? [];
      i++;
      if (sameKeys(before, keys)) continue;
      removeKeys(map, before, key);
      addKeys(map, keys, key);
    }
    entryKeys.set(key, nextKeys);
    return old;
  }

  function remove(key: string): T | undefined {
    const old = items.get(key);
    if (!old) return undefined;
    const prevKeys = entryKeys.get(key) ?? [];
    let i = 0;
    for (const { map } of indexes.values()) removeKeys(map, prevKeys[i++] ?? [], key);
    items.delete(key);
    entryKeys.delete(key);
    return old;
  }

  function onEvent(e: WatchEvent<T>): void {
    const key = objectKey(e.object);
    const version = rv(e.object);
    const tomb = tombstones.get(key);
    if (e.type === "DELETED") {
      tombstones.delete(key);
      const old = remove(key);
      for (const h of handlers) h("DELETED", e.object, old);
      return;
    }
    if (tomb !== undefined && version <= tomb) return;
    tombstones.delete(key);
    const current = items.get(key);
    if (current && rv(current) >= version) return;
    const old = put(key, e.object);
    for (const h of handlers) h(old ? "MODIFIED" : "ADDED", e.object, old);
  }

  const unwatch = api.watch<T>(resource, { namespace: "" }, onEvent);

  return {
    get: (namespace, name) => items.get(namespace ? [namespace, name].join("/") : name),
    list: () => [...items.values()],
    byIndex(index, value) {
      const set = indexes.get(index)?.map.get(value);
      if (!set) return [];
      const out: T[] = [];
      for (const key of set) {
        const o = items.get(key);
        if (o) out.push(o);
      }
      return out;
    },
    addIndex(index, fn) {
      if (indexes.has(index)) return;
      const entry = { fn, map: new Map<string, Set<string>>() };
      indexes.set(index, entry);
      for (const [key, o] of items) {
        const keys = fn(o);
        entryKeys.get(key)?.push(keys);
        addKeys(entry.map, keys, key);
      }
    },
    addHandler: (h) => void handlers.push(h),
    observe(obj) {
      const key = objectKey(obj);
      const current = items.get(key);
      if (current && rv(current) >= rv(obj)) return;
      const tomb = tombstones.get(key);
      if (tomb !== undefined && rv(obj) <= tomb) return;
      const old = put(key, obj as T);
      for (const h of handlers) h(old ? "MODIFIED" : "ADDED", obj as T, old);
    },
    forget(obj) {
      const key = objectKey(obj);
      tombstones.set(key, rv(obj));
      remove(key);
    },
    size: () => items.size,
    stop: unwatch,
  };
}

export type InformerFactory = { informer<T extends KubeObject = KubeObject>(resource: string): Informer<T>; stop(): void };

export function createInformerFactory(api: ApiClient): InformerFactory {
  const all = new Map<string, Informer>();
  return {
    informer<T extends KubeObject>(resource: string): Informer<T> {
      let inf = all.get(resource);
      if (!inf) {
        inf = createInformer(api, resource);
        all.set(resource, inf);
      }
      return inf as unknown as Informer<T>;
    },
    stop() {
      for (const i of all.values()) i.stop();
    },
  };
}

export function controllerOf(o: KubeObject): string | undefined {
  return o.metadata.ownerReferences?.find((r) => r.controller)?.uid;
}

export const BY_CONTROLLER = "controller";
export const BY_UID = "uid";

export function indexByController(o: KubeObject): string[] {
  const uid = controllerOf(o);
  return uid ? [uid] : [];
}

export function indexByUid(o: KubeObject): string[] {
  return o.metadata.uid ? [o.metadata.uid] : [];
}
