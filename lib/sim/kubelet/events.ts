// PURPOSE: the kubelet's event recorder: core/v1 Events about pods and nodes, repeated ones counted on one object.
// MODELS: https://kubernetes.io/docs/reference/kubernetes-api/cluster-resources/event-v1/
// NOT MODELLED: the recorder's spam filter and rate limits.

import type { Event, ObjectReference } from "../api/types";
import type { ApiClient } from "../apiserver/client";
import type { Clock } from "../core/clock";
import { formatTimestamp } from "../core/time";

export type EventRecorder = {
  record(ref: ObjectReference, type: "Normal" | "Warning", reason: string, message: string): void;
};

export function createEventRecorder(config: { api: ApiClient; clock: Clock; component: string; host: string; canWrite?: () => boolean }): EventRecorder {
  const { api, clock } = config;
  const seen = new Map<string, { name: string; namespace: string; count: number }>();
  // Shared by every Event this recorder writes; the API server stores frozen parts as they are.
  const source = Object.freeze({ component: config.component, host: config.host });
  let seq = 0;

  return {
    record(ref, type, reason, message) {
      if (config.canWrite && !config.canWrite()) return;
      const namespace = ref.namespace || "default";
      // join keeps the key one flat string, cheap to look up.
      const key = [namespace, ref.kind, ref.name, ref.uid, ref.fieldPath ?? "", reason, message].join("\u0000");
      const now = formatTimestamp(clock.now());
      const prior = seen.get(key);
      try {
        if (prior) {
          prior.count++;
          api.patch("events", prior.name, { count: prior.count, lastTimestamp: now }, { namespace: prior.namespace, type: "merge" });
          return;
        }
      } catch {
        seen.delete(key);
      }
      // Real event names are the object name plus the hex of the nanosecond timestamp.
      const nanos = BigInt(clock.now()) * 1_000_000n + BigInt(seq++ % 1_000_000);
      const name = [ref.name, nanos.toString(16)].join(".");
      const event: Event = {
        apiVersion: "v1",
        kind: "Event",
        metadata: { name, namespace },
        involvedObject: ref,
        reason,
        message,
        source,
        firstTimestamp: now,
        lastTimestamp: now,
        count: 1,
        type,
        eventTime: null,
        reportingComponent: config.component,
        reportingInstance: config.host,
      };
      try {
        api.create("events", event, { namespace });
        seen.set(key, { name, namespace, count: 1 });
        if (seen.size > 5000) seen.delete(seen.keys().next().value ?? "");
      } catch {
        // Events are best effort, as in the real recorder.
      }
    },
  };
}
