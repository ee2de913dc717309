/**
 * PURPOSE: fan-out of store changes to API watchers: one store subscription per
 * resource, filtering by namespace, label and field selectors, translating
 * selector transitions into ADDED/DELETED as the watch cache does, and delivering
 * through clock.defer in store order.
 * MODELS: https://kubernetes.io/docs/reference/using-api/api-concepts/#efficient-detection-of-changes
 * NOT MODELLED: bookmarks, watch timeouts, the per-watcher buffer limit.
 */
import type { KubeObject, Pod } from "../api/types";
import type { Selector } from "../api/selectors";
import { type FieldSelector, matchesFields } from "../api/field-selectors";
import type { Clock } from "../core/clock";
import type { Store, StoreEvent } from "../store/store";
import type { WatchEvent } from "./client";

export type Watcher = {
  resource: string;
  namespace: string;
  labels: Selector;
  fields: FieldSelector;
  onEvent: (e: WatchEvent) => void;
  active: boolean;
};

export function watcherMatches(w: Watcher, o: KubeObject): boolean {
  if (w.namespace && o.metadata.namespace !== w.namespace) return false;
  if (!w.labels.empty && !w.labels.matches(o.metadata.labels)) return false;
  if (!w.fields.empty && !matchesFields(w.resource, w.fields, o)) return false;
  return true;
}

function nodeNameIndexKey(w: Watcher): string | undefined {
  if (w.resource !== "pods") return undefined;
  const r = w.fields.requirements.find((x) => x.field === "spec.nodeName" && x.op === "=");
  return r?.value;
}

type ResourceHub = { plain: Set<Watcher>; byNode: Map<string, Set<Watcher>>; unsubscribe: () => void };

export type WatchHub = { add(w: Watcher): () => void; deliver(w: Watcher, e: WatchEvent): void };

export function createWatchHub(store: Store, clock: Clock): WatchHub {
  const hubs = new Map<string, ResourceHub>();

  function deliver(w: Watcher, e: WatchEvent): void {
    clock.defer(() => {
      if (w.active) w.onEvent(e);
    });
  }

  /** The event this watcher sees for a store change, if any: selector transitions become ADDED or DELETED. */
  function eventTypeFor(w: Watcher, e: StoreEvent): WatchEvent["type"] | undefined {
    const now = watcherMatches(w, e.object);
    if (e.type === "ADDED") return now ? "ADDED" : undefined;
    const before = e.prevObject ? watcherMatches(w, e.prevObject) : now;
    if (e.type === "DELETED") return before ? "DELETED" : undefined;
    if (now && before) return "MODIFIED";
    if (now) return "ADDED";
    return before ? "DELETED" : undefined;
  }

  // One deferred task per store change delivers it to every matching watcher in turn, the same order as one
  // task per watcher would give, and watchers that see the same type share one event object. The batch is flat
  // (watcher, event, watcher, event, ...) so a change costs one array, not one pair per watcher.
  function fanOut(e: StoreEvent, watchers: Iterable<Watcher>, into: (Watcher | WatchEvent)[]): void {
    let shared: WatchEvent | undefined;
    for (const w of watchers) {
      const type = eventTypeFor(w, e);
      if (type === undefined) continue;
      into.push(w, type === e.type ? (shared ??= { type, object: e.object }) : { type, object: e.object });
    }
  }

  function deliverAll(batch: (Watcher | WatchEvent)[]): void {
    if (batch.length === 0) return;
    clock.defer(() => {
      for (let i = 0; i < batch.length; i += 2) {
        const w = batch[i] as Watcher;
        if (w.active) w.onEvent(batch[i + 1] as WatchEvent);
      }
    });
  }

  function hubFor(resource: string): ResourceHub {
    let hub = hubs.get(resource);
    if (hub) return hub;
    const h: ResourceHub = { plain: new Set(), byNode: new Map(), unsubscribe: () => undefined };
    h.unsubscribe = store.watch(resource, undefined, (e) => {
      const batch: (Watcher | WatchEvent)[] = [];
      fanOut(e, h.plain, batch);
      if (h.byNode.size > 0) {
        const a = (e.object as Pod).spec?.nodeName ?? "";
        const b = (e.prevObject as Pod | undefined)?.spec?.nodeName ?? "";
        const onA = h.byNode.get(a);
        if (onA) fanOut(e, onA, batch);
        const onB = b !== a ? h.byNode.get(b) : undefined;
        if (onB) fanOut(e, onB, batch);
      }
      deliverAll(batch);
    });
    hubs.set(resource, h);
    hub = h;
    return hub;
  }

  return {
    deliver,
    add(w) {
      const hub = hubFor(w.resource);
      const key = nodeNameIndexKey(w);
      if (key === undefined) hub.plain.add(w);
      else {
        let set = hub.byNode.get(key);
        if (!set) hub.byNode.set(key, (set = new Set()));
        set.add(w);
      }
      return () => {
        w.active = false;
        if (key === undefined) hub.plain.delete(w);
        else hub.byNode.get(key)?.delete(w);
      };
    },
  };
}
