/**
 * PURPOSE: `kubectl events`: the namespace's events sorted by time, OBJECT as `Kind/name`.
 * MODELS: https://kubernetes.io/docs/reference/kubectl/generated/kubectl_events/
 * NOT MODELLED: --watch streaming, --types filtering beyond Normal/Warning.
 */
import type { Event } from "../../../api/types";
import { parseTimestamp } from "../../../core/time";
import { formatRows } from "../../printers/tabwriter";
import type { KubectlCommand } from "./command";
import { since } from "./describe/writer";
import { flagArray, flagBool, flagString } from "./flags";

export const eventsCommand: KubectlCommand = {
  path: "events",
  flags: [{ name: "all-namespaces", short: "A", type: "bool" }, { name: "for", type: "string" }, { name: "types", type: "stringArray" }, { name: "no-headers", type: "bool" }, { name: "watch", short: "w", type: "bool" }],
  run(flags, env, io) {
    const all = flagBool(flags, "all-namespaces");
    let events = env.api.list<Event>("events", { namespace: all ? "" : env.namespace }).items;
    const types = flagArray(flags, "types").flatMap((t) => t.split(","));
    if (types.length) events = events.filter((e) => types.includes(e.type ?? ""));
    const target = flagString(flags, "for");
    if (target) {
      const [kind, name] = target.split("/");
      events = events.filter((e) => e.involvedObject.name === name && (e.involvedObject.kind ?? "").toLowerCase().startsWith(kind.toLowerCase().slice(0, 3)));
    }
    const stamp = (e: Event) => {
      const t = e.lastTimestamp ?? e.eventTime ?? e.firstTimestamp ?? e.metadata.creationTimestamp;
      return t ? parseTimestamp(t) : 0;
    };
    events = [...events].sort((a, b) => stamp(a) - stamp(b));
    if (events.length === 0) {
      io.err(all ? "No events found.\n" : `No events found in ${env.namespace} namespace.\n`);
      return 0;
    }
    const now = env.now();
    const rows = events.map((e) => [
      ...(all ? [e.metadata.namespace ?? ""] : []),
      since(e.lastTimestamp ?? e.eventTime ?? e.firstTimestamp, now),
      e.type ?? "",
      e.reason ?? "",
      `${e.involvedObject.kind ?? ""}/${e.involvedObject.name ?? ""}`,
      (e.message ?? "").trim(),
    ]);
    const header = [...(all ? ["NAMESPACE"] : []), "LAST SEEN", "TYPE", "REASON", "OBJECT", "MESSAGE"];
    io.out(formatRows(flagBool(flags, "no-headers") ? rows : [header, ...rows]));
    return 0;
  },
};
