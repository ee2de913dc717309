/**
 * PURPOSE: the text builder behind `kubectl describe`: indentation levels of two spaces,
 * `Key:\tvalue` cells aligned by one tabwriter (minwidth 0, tabwidth 8, padding 2) over the whole text.
 * MODELS: https://kubernetes.io/docs/reference/kubectl/generated/kubectl_describe/
 * NOT MODELLED: terminal-width wrapping.
 */
import type { Event, KubeObject } from "../../../../api/types";
import { humanDuration, parseTimestamp } from "../../../../core/time";
import { KUBECTL_DESCRIBE, formatTabbed } from "../../../printers/tabwriter";

export type DescribeWriter = {
  line(level: number, text: string): void;
  labels(level: number, title: string, labels: Record<string, string> | undefined, skip?: string[]): void;
  annotations(level: number, title: string, annotations: Record<string, string> | undefined): void;
  list(level: number, title: string, items: string[]): void;
  events(events: Event[], now: number): void;
  text(): string;
};

export function createWriter(): DescribeWriter {
  const lines: string[] = [];
  const indent = (level: number) => "  ".repeat(level);
  const w: DescribeWriter = {
    line(level, text) {
      lines.push(indent(level) + text);
    },
    labels(level, title, labels, skip = []) {
      const keys = Object.keys(labels ?? {}).filter((k) => !skip.includes(k)).sort();
      if (keys.length === 0) {
        w.line(level, `${title}:\t<none>`);
        return;
      }
      keys.forEach((k, i) => w.line(level, `${i === 0 ? `${title}:` : ""}\t${k}=${(labels ?? {})[k]}`));
    },
    annotations(level, title, annotations) {
      const keys = Object.keys(annotations ?? {}).filter((k) => k !== "kubectl.kubernetes.io/last-applied-configuration").sort();
      if (keys.length === 0) {
        w.line(level, `${title}:\t<none>`);
        return;
      }
      keys.forEach((k, i) => w.line(level, `${i === 0 ? `${title}:` : ""}\t${k}: ${(annotations ?? {})[k]}`));
    },
    list(level, title, items) {
      if (items.length === 0) {
        w.line(level, `${title}:\t<none>`);
        return;
      }
      items.forEach((item, i) => w.line(level, `${i === 0 ? `${title}:` : ""}\t${item}`));
    },
    events(events, now) {
      if (events.length === 0) {
        w.line(0, "Events:\t<none>");
        return;
      }
      w.line(0, "Events:");
      w.line(1, "Type\tReason\tAge\tFrom\tMessage");
      w.line(1, "----\t------\t----\t----\t-------");
      for (const e of events) {
        const first = e.firstTimestamp ?? e.eventTime ?? e.metadata.creationTimestamp;
        const firstAge = since(first, now);
        const count = e.count ?? 1;
        const age = count > 1 ? `${since(e.lastTimestamp ?? first, now)} (x${count} over ${firstAge})` : firstAge;
        const source = e.source?.component || e.reportingComponent || "";
        w.line(1, `${e.type ?? ""}\t${e.reason ?? ""}\t${age}\t${source}\t${(e.message ?? "").trim()}`);
      }
    },
    text() {
      return formatTabbed(lines.map((l) => `${l}\n`).join(""), KUBECTL_DESCRIBE);
    },
  };
  return w;
}

export function since(timestamp: string | null | undefined, now: number): string {
  if (!timestamp) return "<unknown>";
  return humanDuration(now - parseTimestamp(timestamp));
}

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Go's time.RFC1123Z in UTC: `Wed, 01 Jan 2025 00:00:05 +0000`. */
export function rfc1123z(timestamp: string | undefined): string {
  if (!timestamp) return "<unset>";
  const d = new Date(parseTimestamp(timestamp));
  const two = (n: number) => String(n).padStart(2, "0");
  return `${DAYS[d.getUTCDay()]}, ${two(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} +0000`;
}

/** The object's events, matched by kind, name and namespace as kubectl asks for them: a static pod's
 * kubelet events (recorded under the manifest's uid) show on its mirror pod. */
export function eventsFor(all: Event[], obj: KubeObject): Event[] {
  return all
    .filter((e) => {
      const ref = e.involvedObject;
      return ref.kind === obj.kind && ref.name === obj.metadata.name && (ref.namespace ?? "") === (obj.metadata.namespace ?? "");
    })
    .sort((a, b) => stamp(a) - stamp(b));
}

function stamp(e: Event): number {
  const t = e.lastTimestamp ?? e.eventTime ?? e.firstTimestamp ?? e.metadata.creationTimestamp;
  return t ? parseTimestamp(t) : 0;
}

export function selectorString(selector: { matchLabels?: Record<string, string>; matchExpressions?: { key: string; operator: string; values?: string[] }[] } | undefined): string {
  if (!selector) return "<none>";
  const parts = Object.keys(selector.matchLabels ?? {})
    .sort()
    .map((k) => `${k}=${(selector.matchLabels ?? {})[k]}`);
  for (const e of selector.matchExpressions ?? []) {
    if (e.operator === "In") parts.push(`${e.key} in (${(e.values ?? []).join(",")})`);
    else if (e.operator === "NotIn") parts.push(`${e.key} notin (${(e.values ?? []).join(",")})`);
    else if (e.operator === "Exists") parts.push(e.key);
    else parts.push(`!${e.key}`);
  }
  return parts.length === 0 ? "<none>" : parts.join(",");
}
