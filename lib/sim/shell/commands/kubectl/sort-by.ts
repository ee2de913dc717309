/**
 * PURPOSE: `--sort-by=<jsonpath>`: order objects by a field, numbers numerically and
 * quantities and timestamps by value, objects missing the field first.
 * MODELS: https://kubernetes.io/docs/reference/kubectl/quick-reference/#viewing-and-finding-resources
 * NOT MODELLED: sorting by fields that hold lists of several values.
 */
import type { KubeObject } from "../../../api/types";
import { evaluate, parsePath } from "../../printers/jsonpath";
import { KubectlError } from "./command";

export function sortObjects(objects: KubeObject[], expression: string): KubeObject[] {
  if (expression === "") return objects;
  const inner = expression.startsWith("{") && expression.endsWith("}") ? expression.slice(1, -1) : expression;
  let path;
  try {
    path = parsePath(inner.startsWith(".") ? inner : `.${inner}`);
  } catch {
    throw new KubectlError(`couldn't parse jsonpath ${expression}`);
  }
  const keyed = objects.map((obj, index) => ({ obj, index, value: evaluate(path, [obj])[0] }));
  keyed.sort((a, b) => compare(a.value, b.value) || a.index - b.index);
  return keyed.map((k) => k.obj);
}

function compare(a: unknown, b: unknown): number {
  if (a === undefined && b === undefined) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  const sa = typeof a === "string" ? a : JSON.stringify(a);
  const sb = typeof b === "string" ? b : JSON.stringify(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}
