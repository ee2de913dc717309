/**
 * PURPOSE: `kubectl get events` columns (all ten; the shell hides the wide ones).
 * MODELS: printEvent in kubernetes pkg/printers/internalversion, https://kubernetes.io/docs/reference/kubernetes-api/cluster-resources/event-v1/
 * NOT MODELLED: event series (events.k8s.io).
 */
import type { Event } from "../../api/types";
import { age, col, type TableHandler } from "./common";

export function eventObjectCell(e: Event): string {
  const kind = (e.involvedObject.kind ?? "").toLowerCase();
  return e.involvedObject.name ? `${kind}/${e.involvedObject.name}` : kind;
}

function source(e: Event): string {
  const component = e.source?.component || e.reportingComponent || "";
  const host = e.source?.host || e.reportingInstance || "";
  return host ? `${component}, ${host}` : component;
}

export const eventTable: TableHandler = {
  columns: [
    col("Last Seen", "string", 0, "Time when last event occurred"),
    col("Type", "string", 0, "Type of this event (Normal, Warning), new types could be added in the future."),
    col("Reason", "string", 0, "This should be a short, machine understandable string that gives the reason for the transition into the object's current status."),
    col("Object", "string", 0, "The object that this event is about."),
    col("Subobject", "string", 1, "The subobject that this event is about."),
    col("Source", "string", 1, "The component reporting this event. Should be a short machine understandable string."),
    col("Message", "string", 0, "A human-readable description of the status of this operation."),
    col("First Seen", "string", 1, "The time at which the event was first recorded. (Time of server receipt is in TypeMeta.)"),
    col("Count", "integer", 1, "The number of times this event has occurred."),
    col("Name", "string", 1, "Name must be unique within a namespace.", "name"),
  ],
  row(obj, now) {
    const e = obj as Event;
    const first = age(e.firstTimestamp ?? e.eventTime ?? undefined, now);
    const last = e.lastTimestamp ? age(e.lastTimestamp, now) : first;
    return [
      last,
      e.type ?? "",
      e.reason ?? "",
      eventObjectCell(e),
      e.involvedObject.fieldPath ?? "",
      source(e),
      (e.message ?? "").trim(),
      first,
      e.count || 1,
      e.metadata.name ?? "",
    ];
  },
};
