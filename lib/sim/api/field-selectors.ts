/**
 * PURPOSE: field selectors (`spec.nodeName=node01,status.phase!=Running`) over the
 * fields each resource supports.
 * MODELS: https://kubernetes.io/docs/concepts/overview/working-with-objects/field-selectors/
 * NOT MODELLED: set-based operators (the real API has none either).
 */
import { StatusError } from "../core/errors";
import type { KubeObject } from "./types";

export type FieldRequirement = { field: string; op: "=" | "!="; value: string };
export type FieldSelector = { requirements: FieldRequirement[]; empty: boolean };

type Getter = (o: KubeObject) => string;
type Rec = Record<string, unknown>;

function path(o: unknown, parts: string[]): string {
  let cur: unknown = o;
  for (const p of parts) {
    if (cur === null || typeof cur !== "object") return "";
    cur = (cur as Rec)[p];
  }
  if (cur === undefined || cur === null) return "";
  return String(cur);
}

function at(dotted: string): Getter {
  const parts = dotted.split(".");
  return (o) => path(o, parts);
}

const COMMON = ["metadata.name", "metadata.namespace"];
const EXTRA: Record<string, string[]> = {
  pods: [
    "spec.nodeName",
    "spec.restartPolicy",
    "spec.schedulerName",
    "spec.serviceAccountName",
    "spec.hostNetwork",
    "status.phase",
    "status.podIP",
    "status.nominatedNodeName",
  ],
  events: [
    "involvedObject.kind",
    "involvedObject.namespace",
    "involvedObject.name",
    "involvedObject.uid",
    "involvedObject.apiVersion",
    "involvedObject.resourceVersion",
    "involvedObject.fieldPath",
    "reason",
    "reportingComponent",
    "source",
    "type",
  ],
  nodes: ["spec.unschedulable"],
  secrets: ["type"],
  namespaces: ["status.phase"],
  replicasets: ["status.replicas"],
};

// Getters per resource and supported field, built once: selectors are matched against every object a watch sees.
const getters = new Map<string, Map<string, Getter>>();

function getterFor(resource: string, field: string): Getter | undefined {
  const known = getters.get(resource)?.get(field);
  if (known) return known;
  const built = buildGetter(resource, field);
  if (built) getters.set(resource, (getters.get(resource) ?? new Map()).set(field, built));
  return built;
}

function buildGetter(resource: string, field: string): Getter | undefined {
  if (COMMON.includes(field) || (EXTRA[resource] ?? []).includes(field)) {
    if (resource === "events" && field === "source") return (o) => path(o, ["source", "component"]);
    if (field === "spec.unschedulable") return (o) => (path(o, ["spec", "unschedulable"]) === "true" ? "true" : "false");
    return at(field);
  }
  return undefined;
}

export function parseFieldSelector(resource: string, s: string | undefined): FieldSelector {
  const text = (s ?? "").trim();
  if (!text) return { requirements: [], empty: true };
  const requirements = text.split(",").map((part): FieldRequirement => {
    const m = /^([^=!]+)(==|!=|=)(.*)$/.exec(part.trim());
    if (!m) throw StatusError.badRequest(`invalid selector: '${text}'; can't understand '${part}'`);
    const field = m[1].trim();
    if (!getterFor(resource, field)) throw StatusError.badRequest(`field label not supported: ${field}`);
    return { field, op: m[2] === "!=" ? "!=" : "=", value: m[3].trim() };
  });
  return { requirements, empty: false };
}

export function fieldValue(resource: string, obj: KubeObject, field: string): string {
  return getterFor(resource, field)?.(obj) ?? "";
}

export function matchesFields(resource: string, sel: FieldSelector, obj: KubeObject): boolean {
  for (const r of sel.requirements) {
    const v = fieldValue(resource, obj, r.field);
    if (r.op === "=" ? v !== r.value : v === r.value) return false;
  }
  return true;
}
