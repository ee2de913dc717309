/**
 * PURPOSE: the event recorder every component uses: creates core/v1 Events and
 * aggregates repeats into one Event with a growing count and lastTimestamp.
 * MODELS: client-go's EventRecorder and correlator, https://kubernetes.io/docs/reference/kubernetes-api/cluster-resources/event-v1/
 * NOT MODELLED: spam filtering, similar-event aggregation ("(combined from similar events)"), events.k8s.io/v1.
 */
import type { Event, KubeObject, ObjectReference } from "../api/types";
import { isNotFound } from "../core/errors";
import { formatTimestamp } from "../core/time";
import type { ApiClient } from "./client";

export type EventInput = {
  involvedObject: KubeObject | ObjectReference;
  reason: string;
  message: string;
  type?: "Normal" | "Warning";
  source?: { component?: string; host?: string };
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

const seen = new WeakMap<ApiClient, Map<string, string>>();

// Bounded like client-go's correlator LRU, so one-off events do not accumulate.
const CACHE_LIMIT = 4096;

function cacheFor(api: ApiClient): Map<string, string> {
  let m = seen.get(api);
  if (!m) seen.set(api, (m = new Map()));
  if (m.size > CACHE_LIMIT) m.clear();
  return m;
}

/** Records an event; never throws (events are best effort, as in client-go). */
export function recordEvent(api: ApiClient, input: EventInput): Event | undefined {
  const ref = referenceOf(input.involvedObject);
  if (input.fieldPath) ref.fieldPath = input.fieldPath;
  const namespace = ref.namespace || "default";
  const type = input.type ?? "Normal";
  const source = input.source ?? {};
  const key = [source.component, source.host, ref.kind, namespace, ref.name, ref.uid, ref.fieldPath, type, input.reason, input.message].join("\u0000");
  const cache = cacheFor(api);
  const ts = input.now !== undefined ? formatTimestamp(input.now) : undefined;
  const existingName = cache.get(key);
  try {
    if (existingName) {
      try {
        const prev = api.get<Event>("events", existingName, { namespace });
        const patch: Record<string, unknown> = { count: (prev.count ?? 1) + 1 };
        if (ts) patch.lastTimestamp = ts;
        return api.patch<Event>("events", existingName, patch, { namespace, type: "merge" });
      } catch (e) {
        if (!isNotFound(e)) throw e;
        cache.delete(key);
      }
    }
    const ev: Event = {
      apiVersion: "v1",
      kind: "Event",
      metadata: { generateName: `${ref.name ?? "event"}.`, namespace },
      involvedObject: { ...ref, resourceVersion: undefined },
      reason: input.reason,
      message: input.message,
      source,
      type,
      count: 1,
      eventTime: null,
      reportingComponent: source.component ?? "",
      reportingInstance: source.host ?? "",
    };
    if (!source.host) delete ev.source?.host;
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
