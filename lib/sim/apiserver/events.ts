/**
 * PURPOSE: the event recorder every component uses: creates core/v1 Events and
 * aggregates repeats into one Event with a growing count and lastTimestamp. Like
 * client-go's aggregator, once one source has said ten different things with the
 * same reason about one object within ten minutes, further ones go into a single
 * "(combined from similar events): ..." Event (a ReplicaSet creating 100 pods
 * makes 10 Events, not 100).
 * MODELS: client-go's EventRecorder and correlator, https://kubernetes.io/docs/reference/kubernetes-api/cluster-resources/event-v1/
 * NOT MODELLED: the spam filter (token bucket per source and object), events.k8s.io/v1.
 */
import type { Event, KubeObject, ObjectReference } from "../api/types";
import { isNotFound } from "../core/errors";
import { formatTimestamp } from "../core/time";
import { memoizeByString } from "../core/memo";
import type { ApiClient } from "./client";
import { flat } from "../core/strings";

type EventSource = { component?: string; host?: string };

export type EventInput = {
  involvedObject: KubeObject | ObjectReference;
  reason: string;
  message: string;
  type?: "Normal" | "Warning";
  source?: EventSource;
  fieldPath?: string;
  /** Virtual time of the event; the API server's clock when omitted. */
  now?: number;
};

function referenceOf(o: KubeObject | ObjectReference): ObjectReference {
  if ("metadata" in o && o.metadata) {
    return {
      kind: o.kind,
      namespace: o.metadata.namespace,
      name: o.metadata.name,
      uid: o.metadata.uid,
      apiVersion: o.apiVersion,
      resourceVersion: o.metadata.resourceVersion,
    };
  }
  return { ...(o as ObjectReference) };
}

type Similar = { messages: Set<string>; lastMs: number };
type Caches = { names: Map<string, string>; similar: Map<string, Similar> };

const seen = new WeakMap<ApiClient, Caches>();

// Bounded like client-go's correlator LRU, so one-off events do not accumulate.
const CACHE_LIMIT = 4096;
// client-go's defaults: aggregate after 10 distinct messages within 600 s.
const MAX_SIMILAR = 10;
const SIMILAR_WINDOW_MS = 600_000;
const COMBINED_PREFIX = "(combined from similar events): ";

// One frozen source per component and host, shared by the Events they write (the API server stores frozen parts
// as they are).
const sourceFor = memoizeByString((key) => {
  const [component, host] = key.split("\u0000");
  const source: EventSource = {};
  if (component) source.component = component;
  if (host) source.host = host;
  return Object.freeze(source);
}, 4096);

function cacheFor(api: ApiClient): Caches {
  let c = seen.get(api);
  if (!c) seen.set(api, (c = { names: new Map(), similar: new Map() }));
  if (c.names.size > CACHE_LIMIT) c.names.clear();
  if (c.similar.size > CACHE_LIMIT) c.similar.clear();
  return c;
}

/** The message to record and whether it joins the combined Event of its group. */
function aggregate(similar: Map<string, Similar>, groupKey: string, message: string, nowMs: number): boolean {
  let group = similar.get(groupKey);
  if (!group || nowMs - group.lastMs > SIMILAR_WINDOW_MS) similar.set(groupKey, (group = { messages: new Set(), lastMs: nowMs }));
  group.lastMs = nowMs;
  group.messages.add(message);
  if (group.messages.size < MAX_SIMILAR) return false;
  group.messages.delete(message);
  return true;
}

/** Records an event; never throws (events are best effort, as in client-go). */
export function recordEvent(api: ApiClient, input: EventInput): Event | undefined {
  const ref = referenceOf(input.involvedObject);
  if (input.fieldPath) ref.fieldPath = input.fieldPath;
  const namespace = ref.namespace || "default";
  const type = input.type ?? "Normal";
  const source = input.source ?? {};
  const groupKey = [source.component, source.host, ref.kind, namespace, ref.name, ref.uid, ref.fieldPath, type, input.reason].join("\u0000");
  const caches = cacheFor(api);
  const cache = caches.names;
  const ts = input.now !== undefined ? formatTimestamp(input.now) : undefined;
  const combined = input.now !== undefined && aggregate(caches.similar, groupKey, input.message, input.now);
  const message = combined ? COMBINED_PREFIX + input.message : input.message;
  const key = combined ? groupKey : `${groupKey}\u0000${input.message}`;
  const existingName = cache.get(key);
  try {
    if (existingName) {
      try {
        const prev = api.get<Event>("events", existingName, { namespace });
        const patch: Record<string, unknown> = { count: (prev.count ?? 1) + 1 };
        if (ts) patch.lastTimestamp = ts;
        if (combined) patch.message = message;
        return api.patch<Event>("events", existingName, patch, { namespace, type: "merge" });
      } catch (e) {
        if (!isNotFound(e)) throw e;
        cache.delete(key);
      }
    }
    const ev: Event = {
      apiVersion: "v1",
      kind: "Event",
      metadata: { generateName: flat`${ref.name ?? "event"}.`, namespace },
      involvedObject: { ...ref, resourceVersion: undefined },
      reason: input.reason,
      message,
      source: sourceFor([source.component ?? "", source.host ?? ""].join("\u0000")),
      type,
      count: 1,
      eventTime: null,
      reportingComponent: source.component ?? "",
      reportingInstance: source.host ?? "",
    };
    delete ev.involvedObject.resourceVersion;
    if (ts) {
      ev.firstTimestamp = ts;
      ev.lastTimestamp = ts;
    }
    const created = api.create("events", ev, { namespace });
    cache.set(key, created.metadata.name ?? "");
    return created;
  } catch {
    return undefined;
  }
}
