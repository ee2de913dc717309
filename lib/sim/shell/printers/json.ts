/**
 * PURPOSE: `-o json` as kubectl prints it: objects come back from the server as unstructured maps,
 * so keys are sorted; 4-space indentation; `<`, `>` and `&` escaped as Go's encoding/json does.
 * MODELS: https://kubernetes.io/docs/reference/kubectl/#output-options
 * NOT MODELLED: typed (struct-ordered) output for client-side dry runs.
 */
import { normalize, type JsonValue } from "./yaml";

export function toJson(value: unknown): string {
  return `${stringify(normalize(value) ?? null, "")}\n`;
}

function stringify(value: JsonValue, indent: string): string {
  if (value === null || typeof value !== "object") return scalar(value);
  const inner = `${indent}    `;
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    return `[\n${value.map((v) => inner + stringify(v, inner)).join(",\n")}\n${indent}]`;
  }
  const keys = Object.keys(value).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (keys.length === 0) return "{}";
  return `{\n${keys.map((k) => `${inner}${scalar(k)}: ${stringify(value[k], inner)}`).join(",\n")}\n${indent}}`;
}

function scalar(value: JsonValue): string {
  if (typeof value === "string") return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return JSON.stringify(value);
}

/** The List kubectl wraps several objects in for -o json/yaml. */
export function asList(items: unknown[]): Record<string, unknown> {
  return { apiVersion: "v1", items, kind: "List", metadata: { resourceVersion: "" } };
}
