/**
 * PURPOSE: `kubectl get -w / --watch-only`: print the current table (unless --watch-only), then keep
 * running and print one row per change as the API watch delivers it, without repeating the
 * header; `--output-watch-events` adds the EVENT column (ADDED, MODIFIED, DELETED).
 * MODELS: https://kubernetes.io/docs/reference/kubectl/generated/kubectl_get/ (--watch, --watch-only,
 * --output-watch-events) and https://kubernetes.io/docs/reference/using-api/api-concepts/#efficient-detection-of-changes
 * (a watch started at a list's resourceVersion sends only later changes; one started for a single
 * object first sends it as ADDED, which kubectl does not print)
 * NOT MODELLED: the 5-minute watch timeout and re-list, --sort-by while watching, several types at once.
 */
import type { WatchEvent } from "../../../apiserver/client";
import type { KubeObject } from "../../../api/types";
import { printTable, tableRows } from "../../printers/table";
import { formatRows, KUBECTL_TABLE } from "../../printers/tabwriter";
import { toJson } from "../../printers/json";
import { toYaml } from "../../printers/yaml";
import type { Io } from "../../types";
import { KubectlError, type KubectlEnv } from "./command";
import { flagArray, flagBool, flagString, type ParsedFlags } from "./flags";
import { printStructured, type OutputFormat } from "./output";
import { kindPrefix, type ResourceRequest } from "./resource-args";

type WatchOptions = { format: OutputFormat; allNamespaces: boolean; withKind: boolean };

// kubectl pads the event type to the width of MODIFIED.
const EVENT_CELL: Record<WatchEvent["type"], string> = { ADDED: "ADDED   ", MODIFIED: "MODIFIED", DELETED: "DELETED " };

export function runWatch(requests: ResourceRequest[], flags: ParsedFlags, env: KubectlEnv, io: Io, options: WatchOptions): number {
  const found = requests.reduce((n, r) => n + Math.max(1, r.names.length), 0);
  if (found !== 1) throw new KubectlError(`watch is only supported on individual resources and resource collections, but ${found} resources were found`);
  const { info, names } = requests[0];
  const name = names[0];
  const namespace = !info.namespaced ? undefined : options.allNamespaces ? "" : env.namespace;
  const labelSelector = flagString(flags, "selector") || undefined;
  const userFields = flagString(flags, "field-selector");
  const printer = createWatchPrinter(env, flags, { ...options, allNamespaces: options.allNamespaces && info.namespaced }, info.resource, options.withKind ? kindPrefix(info) : undefined);

  let initial: KubeObject[];
  let resourceVersion: string;
  if (name !== undefined) {
    initial = [env.api.get(info.resource, name, { namespace })];
    resourceVersion = "0";
  } else {
    const list = env.api.list(info.resource, { namespace, labelSelector, fieldSelector: userFields || undefined });
    initial = list.items;
    resourceVersion = list.resourceVersion;
  }
  if (!flagBool(flags, "watch-only")) io.out(printer.print(initial.map((object) => ({ type: "ADDED", object }))));
  const fieldSelector = name === undefined ? userFields : [`metadata.name=${name}`, userFields].filter((s) => s !== "").join(",");
  io.follow?.((write) => {
    // A watch on one object starts with that object as ADDED; kubectl already printed it.
    let skipFirst = name !== undefined;
    return env.api.watch(info.resource, { namespace, labelSelector, fieldSelector: fieldSelector || undefined, resourceVersion }, (event) => {
      if (skipFirst) {
        skipFirst = false;
        return;
      }
      write(printer.print([event]));
    });
  });
  return 0;
}

type WatchPrinter = { print(events: WatchEvent[]): string };

function createWatchPrinter(env: KubectlEnv, flags: ParsedFlags, options: WatchOptions, resource: string, prefix: string | undefined): WatchPrinter {
  const { format } = options;
  const withEvents = flagBool(flags, "output-watch-events");
  const noHeaders = flagBool(flags, "no-headers");
  const remembered: number[] = [];
  let printedHeaders = false;
  let documents = 0;

  function printRows(events: WatchEvent[]): string {
    const table = env.api.table(resource, events.map((e) => e.object), { now: env.now() });
    const tableOptions = {
      wide: format.kind === "wide",
      withNamespace: options.allNamespaces,
      kindPrefix: prefix,
      showLabels: flagBool(flags, "show-labels"),
      labelColumns: flagArray(flags, "label-columns").flatMap((l) => l.split(",")),
      noHeaders: noHeaders || printedHeaders,
    };
    if (table.rows.length === 0) return printTable(table, tableOptions);
    const rows = tableRows(table, tableOptions);
    if (withEvents) {
      const withHeader = rows.length > events.length;
      rows.forEach((row, i) => row.unshift(withHeader && i === 0 ? "EVENT" : EVENT_CELL[events[withHeader ? i - 1 : i].type]));
    }
    printedHeaders = true;
    return formatRows(rows, KUBECTL_TABLE, remembered);
  }

  function printOne(event: WatchEvent): string {
    const chunks: string[] = [];
    const collect: Io = { stdin: "", out: (text) => chunks.push(text), err: (text) => chunks.push(text) };
    const data = withEvents ? { type: event.type, object: event.object } : event.object;
    if (format.kind === "yaml") {
      chunks.push(`${documents > 0 ? "---\n" : ""}${toYaml(data)}`);
    } else if (format.kind === "json") {
      chunks.push(toJson(data));
    } else {
      printStructured(format, [event.object], true, collect, noHeaders || printedHeaders);
      printedHeaders = true;
    }
    documents++;
    return chunks.join("");
  }

  return {
    print(events) {
      if (events.length === 0) return "";
      if (format.kind === "default" || format.kind === "wide") return printRows(events);
      return events.map(printOne).join("");
    },
  };
}
