/**
 * PURPOSE: print the API server's Table the way kubectl's table printer decorates it:
 * upper-cased headers, priority-1 columns only with -o wide, a NAMESPACE column for -A,
 * `kind.group/name` names when several types are printed, label columns and LABELS.
 * MODELS: https://kubernetes.io/docs/reference/using-api/api-concepts/#receiving-resources-as-tables and
 * https://kubernetes.io/docs/reference/kubectl/generated/kubectl_get/ (--show-labels, -L, --no-headers, -o wide)
 * NOT MODELLED: --show-kind without several types, column sorting by the server.
 */
import type { Table } from "../../apiserver/client";
import { formatRows } from "./tabwriter";

export type TableOptions = {
  wide?: boolean;
  withNamespace?: boolean;
  /** `deployment.apps` prefix for the name column, when several types are printed */
  kindPrefix?: string;
  showLabels?: boolean;
  labelColumns?: string[];
  noHeaders?: boolean;
};

export function tableRows(table: Table, options: TableOptions): string[][] {
  const visible: number[] = [];
  table.columnDefinitions.forEach((c, i) => {
    if (options.wide || c.priority === 0) visible.push(i);
  });
  const nameIndex = table.columnDefinitions.findIndex((c) => c.name === "Name");
  const header: string[] = [];
  if (options.withNamespace) header.push("NAMESPACE");
  for (const i of visible) header.push(table.columnDefinitions[i].name.toUpperCase());
  const labelColumns = options.labelColumns ?? [];
  header.push(...labelColumns.map((l) => (l.split("/").pop() ?? l).toUpperCase()));
  if (options.showLabels) header.push("LABELS");
  const out: string[][] = options.noHeaders ? [] : [header];
  for (const row of table.rows) {
    const cells: string[] = [];
    if (options.withNamespace) cells.push(row.object.metadata.namespace ?? "");
    for (const i of visible) {
      const text = cellText(row.cells[i]);
      cells.push(i === nameIndex && options.kindPrefix ? `${options.kindPrefix}/${text}` : text);
    }
    if (labelColumns.length > 0 || options.showLabels) {
      const labels = row.object.metadata.labels ?? {};
      for (const l of labelColumns) cells.push(labels[l] ?? "");
      if (options.showLabels) cells.push(formatLabels(labels));
    }
    out.push(cells);
  }
  return out;
}

export function printTable(table: Table, options: TableOptions): string {
  if (table.rows.length === 0) return "";
  return formatRows(tableRows(table, options));
}

export function cellText(cell: unknown): string {
  if (typeof cell === "string" && !cell.includes("\n")) return cell;
  if (cell === null || cell === undefined) return "<none>";
  const text = typeof cell === "string" ? cell : typeof cell === "number" || typeof cell === "boolean" ? String(cell) : JSON.stringify(cell);
  const newline = text.indexOf("\n");
  return newline < 0 ? text : `${text.slice(0, newline)}...`;
}

/** Sorted `key=value` pairs joined by commas, `<none>` when there are none. */
export function formatLabels(labels: Record<string, string> | undefined): string {
  const keys = Object.keys(labels ?? {}).sort();
  if (keys.length === 0) return "<none>";
  return keys.map((k) => `${k}=${(labels ?? {})[k]}`).join(",");
}
