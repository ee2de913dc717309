/**
 * PURPOSE: label selectors (equality and set-based) in both forms: the query
 * string (`app=web,tier in (a,b),!canary`) and the LabelSelector object.
 * MODELS: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors
 * NOT MODELLED: the `gt`/`lt` operators of node selectors (see node-affinity).
 */
import { StatusError } from "../core/errors";
import type { LabelSelector } from "./types";

export type Operator = "=" | "!=" | "in" | "notin" | "exists" | "!";
export type Requirement = { key: string; op: Operator; values: string[] };
export type Selector = { requirements: Requirement[]; matches(labels: Record<string, string> | undefined): boolean; empty: boolean };

function matchRequirement(r: Requirement, labels: Record<string, string> | undefined): boolean {
  const has = labels !== undefined && Object.prototype.hasOwnProperty.call(labels, r.key);
  const v = has ? (labels as Record<string, string>)[r.key] : undefined;
  switch (r.op) {
    case "=":
      return has && v === r.values[0];
    case "!=":
      return !has || v !== r.values[0];
    case "in":
      return has && r.values.includes(v as string);
    case "notin":
      return !has || !r.values.includes(v as string);
    case "exists":
      return has;
    case "!":
      return !has;
  }
}

export function selectorFromRequirements(requirements: Requirement[]): Selector {
  return {
    requirements,
    empty: requirements.length === 0,
    matches: (labels) => requirements.every((r) => matchRequirement(r, labels)),
  };
}

function splitTopLevel(s: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = "";
  for (const c of s) {
    if (c === "(") depth++;
    if (c === ")") depth--;
    if (c === "," && depth === 0) {
      parts.push(cur);
      cur = "";
    } else cur += c;
  }
  parts.push(cur);
  return parts.map((p) => p.trim()).filter((p) => p !== "");
}

function parseRequirement(part: string): Requirement {
  const set = /^([^\s!=()]+)\s+(in|notin)\s*\(([^)]*)\)$/.exec(part);
  if (set) {
    const values = set[3].split(",").map((v) => v.trim()).filter((v) => v !== "");
    return { key: set[1], op: set[2] as Operator, values };
  }
  if (part.startsWith("!")) {
    const key = part.slice(1).trim();
    if (!key || /[=\s]/.test(key)) throw StatusError.badRequest(`unable to parse requirement: found '${part}'`);
    return { key, op: "!", values: [] };
  }
  const eq = /^([^\s!=(),]+)\s*(==|!=|=)\s*([-A-Za-z0-9_.]*)$/.exec(part);
  if (eq) return { key: eq[1], op: eq[2] === "!=" ? "!=" : "=", values: [eq[3]] };
  if (/^[^\s!=(),]+$/.test(part)) return { key: part, op: "exists", values: [] };
  throw StatusError.badRequest(`unable to parse requirement: found '${part}'`);
}

const parseCache = new Map<string, Selector>();

export function parseLabelSelector(s: string | undefined): Selector {
  const text = (s ?? "").trim();
  const cached = parseCache.get(text);
  if (cached) return cached;
  const sel = selectorFromRequirements(splitTopLevel(text).map(parseRequirement));
  if (parseCache.size > 1000) parseCache.clear();
  parseCache.set(text, sel);
  return sel;
}

export function requirementsFromLabelSelector(ls: LabelSelector | undefined): Requirement[] {
  const reqs: Requirement[] = [];
  for (const [key, value] of Object.entries(ls?.matchLabels ?? {})) reqs.push({ key, op: "=", values: [value] });
  for (const e of ls?.matchExpressions ?? []) {
    const values = [...(e.values ?? [])].sort();
    if (e.operator === "In") reqs.push({ key: e.key, op: "in", values });
    else if (e.operator === "NotIn") reqs.push({ key: e.key, op: "notin", values });
    else if (e.operator === "Exists") reqs.push({ key: e.key, op: "exists", values: [] });
    else reqs.push({ key: e.key, op: "!", values: [] });
  }
  return reqs.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

const objectCache = new WeakMap<object, Selector>();

/** A LabelSelector object as a Selector; an empty object selects everything, as metav1 does. */
export function selectorFromLabelSelector(ls: LabelSelector | undefined): Selector {
  if (ls && Object.isFrozen(ls)) {
    const hit = objectCache.get(ls);
    if (hit) return hit;
    const sel = selectorFromRequirements(requirementsFromLabelSelector(ls));
    objectCache.set(ls, sel);
    return sel;
  }
  return selectorFromRequirements(requirementsFromLabelSelector(ls));
}

function formatRequirement(r: Requirement): string {
  switch (r.op) {
    case "=":
      return `${r.key}=${r.values[0]}`;
    case "!=":
      return `${r.key}!=${r.values[0]}`;
    case "in":
      return `${r.key} in (${r.values.join(",")})`;
    case "notin":
      return `${r.key} notin (${r.values.join(",")})`;
    case "exists":
      return r.key;
    case "!":
      return `!${r.key}`;
  }
}

/** As metav1.FormatLabelSelector: requirements sorted by key, `<none>` when empty. */
export function formatLabelSelector(ls: LabelSelector | undefined): string {
  const reqs = requirementsFromLabelSelector(ls);
  if (reqs.length === 0) return "<none>";
  return reqs.map(formatRequirement).join(",");
}

/** The query-string form of a LabelSelector; empty string for an empty selector. */
export function labelSelectorToQuery(ls: LabelSelector | undefined): string {
  return requirementsFromLabelSelector(ls).map(formatRequirement).join(",");
}

export function selectorFromMap(labels: Record<string, string> | undefined): Selector {
  if (labels && Object.isFrozen(labels)) {
    const hit = objectCache.get(labels);
    if (hit) return hit;
    const sel = selectorFromRequirements(requirementsFromLabelSelector({ matchLabels: labels }));
    objectCache.set(labels, sel);
    return sel;
  }
  return selectorFromLabelSelector({ matchLabels: labels ?? {} });
}

export function formatLabels(labels: Record<string, string> | undefined): string {
  const keys = Object.keys(labels ?? {}).sort();
  if (keys.length === 0) return "<none>";
  return keys.map((k) => `${k}=${(labels as Record<string, string>)[k]}`).join(",");
}
