/**
 * PURPOSE: `kubectl explain`'s plain-text rendering of an OpenAPI v3 document: the KIND/VERSION header,
 * the description of the kind or of a field path, and its fields (one level, or every level with
 * --recursive), walking $ref, allOf, array items and map values as the client does.
 * MODELS: https://kubernetes.io/docs/reference/kubectl/generated/kubectl_explain/ (the openapi v3
 * plaintext output of kubectl 1.27+: 76-column word wrap, tab after the field name, `-required-`, enums)
 * NOT MODELLED: externalDocs, the plaintext-openapiv2 output.
 */
import type { GroupVersionKind, Schema } from "./documents";

export type ExplainResult = { ok: true; text: string } | { ok: false; text: string; error: string };

type Doc = { components: { schemas: Record<string, Schema> } };

const asSchema = (v: unknown): Schema | undefined => (v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Schema) : undefined);
const isEmpty = (s: Schema | undefined): boolean => !s || Object.keys(s).length === 0;
const props = (s: Schema): Record<string, Schema> => (asSchema(s.properties) as Record<string, Schema> | undefined) ?? {};
const list = (v: unknown): Schema[] => (Array.isArray(v) ? (v as Schema[]) : []);
const mapValue = (s: Schema): Schema | undefined => (isEmpty(asSchema(s.additionalProperties)) ? undefined : asSchema(s.additionalProperties));
const items = (s: Schema): Schema | undefined => (isEmpty(asSchema(s.items)) ? undefined : asSchema(s.items));

function resolveRef(ref: unknown, doc: Doc): Schema | undefined {
  if (typeof ref !== "string" || !ref.startsWith("#/components/schemas/")) return undefined;
  return doc.components.schemas[ref.slice("#/components/schemas/".length)];
}

function indent(amount: number, text: string): string {
  const pad = " ".repeat(amount);
  return pad + text.split("\n").join(`\n${pad}`);
}

const isSpace = (c: string) => c !== "\u00a0" && /\s/u.test(c);

/** Word wrap that never splits a word and keeps existing line breaks, as the client's wrapper does. */
export function wordWrap(text: string, limit: number): string {
  let out = "";
  let current = 0;
  let word = "";
  let space = "";
  for (const c of text) {
    if (c === "\n") {
      if (word === "") {
        if (current + space.length <= limit) out += space;
      } else out += space + word;
      out += c;
      current = 0;
      word = "";
      space = "";
    } else if (isSpace(c)) {
      if (space === "" || word !== "") {
        current += space.length + word.length;
        out += space + word;
        space = "";
        word = "";
      }
      space += c;
    } else {
      word += c;
      if (current + space.length + word.length > limit && word.length < limit) {
        out += "\n";
        current = 0;
        space = "";
      }
    }
  }
  if (word === "") {
    if (current + space.length <= limit) out += space;
  } else out += space + word;
  return out;
}

function typeGuess(s: Schema, doc: Doc): string {
  const inner = items(s);
  if (inner) return `[]${typeGuess(inner, doc)}`;
  const value = mapValue(s);
  if (value) return `map[string]${typeGuess(value, doc)}`;
  const allOf = list(s.allOf);
  if (allOf.length === 1 && isEmpty(asSchema(s.properties))) return typeGuess(allOf[0], doc);
  if (typeof s.$ref === "string") {
    const target = resolveRef(s.$ref, doc);
    if (!target || !target.type || target.type === "object") return s.$ref.split("/").pop()?.split(".").pop() || "Object";
    return String(target.type);
  }
  return s.type === "object" || !s.type ? "Object" : String(s.type);
}

function enumText(s: Schema, long: boolean, limit: number, indentAmount = 0): string {
  const values = list(s.enum) as unknown[];
  if (values.length === 0) return "";
  let out = long ? "ENUM:" : `\n${" ".repeat(indentAmount)}enum: `;
  for (let i = 0; i < values.length; i++) {
    if (limit > -1 && i >= limit) {
      out += ", ....";
      break;
    }
    if (i > 0 && !long) out += ", ";
    else if (long) out += "\n    ";
    out += values[i] === "" ? '""' : String(values[i]);
  }
  return out;
}

function description(s: Schema, doc: Doc): string {
  const r = resolveRef(s.$ref, doc) ?? s;
  let out = typeof r.description === "string" && r.description !== "" ? `${r.description}\n` : "";
  for (const part of list(r.allOf)) out += description(part, doc);
  const inner = items(r);
  if (inner) out += description(inner, doc);
  const value = mapValue(r);
  if (value) out += description(value, doc);
  return out;
}

function fieldDetail(name: string, parent: Schema, short: boolean, level: number, doc: Doc): string {
  const indentAmount = level * 2;
  const field = props(parent)[name];
  const required = list(parent.required) as unknown[];
  let out = `${indent(indentAmount, name)}\t<${typeGuess(field, doc)}>${required.includes(name) ? " -required-" : ""}`;
  out += `${enumText(field, false, 4, indentAmount)}\n`;
  if (!short) {
    const text = typeof field.description === "string" && field.description !== "" ? field.description : "<no description>";
    out += `${indent(indentAmount + 2, wordWrap(text, 78 - indentAmount))}\n\n`;
  }
  return out;
}

/** The fields of a schema; with `recursive`, each followed by its own fields one level deeper. A $ref already on the path stops the walk. */
function fieldList(s: Schema, level: number, history: ReadonlySet<string>, doc: Doc, recursive: boolean): string {
  const ref = typeof s.$ref === "string" ? s.$ref : "";
  if (ref && history.has(ref)) return "";
  const seen = new Set(history).add(ref);
  const r = resolveRef(ref, doc) ?? s;
  let out = "";
  for (const name of Object.keys(props(r)).sort()) {
    out += fieldDetail(name, r, recursive, level, doc);
    if (recursive) out += fieldList(props(r)[name], level + 1, seen, doc, recursive);
  }
  for (const part of list(r.allOf)) out += fieldList(part, level, seen, doc, recursive);
  const inner = items(r);
  if (inner) out += fieldList(inner, level, seen, doc, recursive);
  const value = mapValue(r);
  if (value) out += fieldList(value, level, seen, doc, recursive);
  return out;
}

/** The description and fields at the end of `path`, or "" when the path leads nowhere. */
function output(s: Schema, path: readonly string[], history: ReadonlySet<string>, doc: Doc, recursive: boolean): string {
  const ref = typeof s.$ref === "string" ? s.$ref : "";
  const seen = new Set(history).add(ref);
  const r = resolveRef(ref, doc) ?? s;
  if (path.length === 0) {
    let out = `DESCRIPTION:\n${indent(4, wordWrap(description(r, doc) || "<empty>", 76))}\n`;
    const fields = fieldList(r, 1, new Set(), doc, recursive);
    if (fields) out += `FIELDS:\n${fields}`;
    return out;
  }
  if (ref && history.has(ref)) return "";
  const sub = props(r)[path[0]];
  if (!isEmpty(sub)) {
    let out = "";
    if (path.length === 1) out += `FIELD: ${path[0]} <${typeGuess(sub, doc)}>\n${enumText(sub, true, -1)}\n\n`;
    return out + output(sub, path.slice(1), new Set(), doc, recursive);
  }
  const inner = items(r);
  if (inner) return output(inner, path, seen, doc, recursive);
  const value = mapValue(r);
  if (value) return output(value, path, seen, doc, recursive);
  for (const part of list(r.allOf)) {
    const text = output(part, path, seen, doc, recursive);
    if (text) return text;
  }
  return "";
}

/** The explanation of a kind, or of a field path within it, from the group-version's document. */
export function explainText(doc: Doc, gvk: GroupVersionKind, path: readonly string[], recursive: boolean): ExplainResult {
  const header = `${gvk.group ? `GROUP:      ${gvk.group}\n` : ""}KIND:       ${gvk.kind}\nVERSION:    ${gvk.version}\n\n`;
  const kindSchema = Object.values(doc.components.schemas).find((s) =>
    list(s["x-kubernetes-group-version-kind"]).some((g) => g.group === gvk.group && g.kind === gvk.kind && g.version === gvk.version),
  );
  if (!kindSchema) return { ok: false, text: header, error: `GVK map[group:${gvk.group} kind:${gvk.kind} version:${gvk.version}] not found in OpenAPI schema` };
  const text = output(kindSchema, path, new Set(), doc, recursive);
  if (!text) return { ok: false, text: header, error: `field "${path[path.length - 1]}" does not exist` };
  return { ok: true, text: `${header}${text}\n` };
}
