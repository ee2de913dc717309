/**
 * PURPOSE: shared pieces of the server-side Table conversion: column builders,
 * the AGE cell, and the list formatting the printers share.
 * MODELS: https://kubernetes.io/docs/reference/using-api/api-concepts/#receiving-resources-as-tables
 * NOT MODELLED: includeObject=None/Metadata (rows always carry the object).
 */
import type { KubeObject } from "../../api/types";
import { humanDuration, parseTimestamp } from "../../core/time";
import type { TableColumn } from "../client";

export type Cell = string | number;
export type TableHandler = { columns: TableColumn[]; row(obj: KubeObject, now: number): Cell[] };

const NAME_DESCRIPTION =
  "Name must be unique within a namespace. Is required when creating resources, although some resources may allow a client to request the generation of an appropriate name automatically. Name is primarily intended for creation idempotence and configuration definition. Cannot be updated. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names";
const AGE_DESCRIPTION =
  "CreationTimestamp is a timestamp representing the server time when this object was created. It is not guaranteed to be set in happens-before order across separate operations. Clients may not set this value. It is represented in RFC3339 form and is in UTC.";

export function col(name: string, type = "string", priority = 0, description = "", format = ""): TableColumn {
  return { name, type, format, description, priority };
}

export const NAME_COLUMN = col("Name", "string", 0, NAME_DESCRIPTION, "name");
export const AGE_COLUMN = col("Age", "string", 0, AGE_DESCRIPTION);

export function age(timestamp: string | undefined, now: number): string {
  if (!timestamp) return "<unknown>";
  return humanDuration(now - parseTimestamp(timestamp));
}

export function listWithMore(list: string[], more: boolean, count: number, max: number): string {
  const joined = list.join(",");
  if (more) return `${joined} + ${count - max} more...`;
  return joined === "" ? "<unset>" : joined;
}
