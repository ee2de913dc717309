/**
 * PURPOSE: the OpenAPI v3 schemas of the kinds the engine serves, built from the compact field tables:
 * one self-contained set of components per group-version, as /openapi/v3/<group-version> serves them
 * and as `kubectl explain` reads them (the shell's explain reads the same documents).
 * MODELS: https://kubernetes.io/docs/concepts/overview/kubernetes-api/#openapi-v3 (schemas under
 * components.schemas, fields that name a type as allOf [$ref], kinds marked x-kubernetes-group-version-kind)
 * NOT MODELLED: every field of the real API; defaults, formats and the list/map merge extensions.
 */
import { APPS, AUTOSCALING_V1, AUTOSCALING_V2, COORDINATION, DISCOVERY, NETWORKING, RBAC } from "./groups";
import { CORE } from "./core";
import { META, SCALARS, type FieldDef, type Package, type TypeDef } from "./package";

export type Schema = { [key: string]: unknown };
export type GroupVersionKind = { group: string; kind: string; version: string };

const PACKAGES: Record<string, Package> = {
  v1: CORE,
  "apps/v1": APPS,
  "autoscaling/v2": AUTOSCALING_V2,
  "autoscaling/v1": AUTOSCALING_V1,
  "coordination.k8s.io/v1": COORDINATION,
  "discovery.k8s.io/v1": DISCOVERY,
  "networking.k8s.io/v1": NETWORKING,
  "rbac.authorization.k8s.io/v1": RBAC,
};

const PRIMITIVES = new Set(["string", "integer", "boolean", "number"]);
const REF_PREFIX = "#/components/schemas/";

/** The full schema name of a type named in a package: its own types first, then core, meta and the scalars. */
function qualify(name: string, pkg: Package): string {
  for (const p of [pkg, CORE, META, ...SCALARS]) if (p.types[name]) return `${p.prefix}.${name}`;
  throw new Error(`unknown schema type ${name} in ${pkg.prefix}`);
}

function typeAt(fullName: string): TypeDef {
  const dot = fullName.lastIndexOf(".");
  const pkg = [CORE, META, ...SCALARS, ...Object.values(PACKAGES)].find((p) => p.prefix === fullName.slice(0, dot));
  const def = pkg?.types[fullName.slice(dot + 1)];
  if (!def) throw new Error(`unknown schema ${fullName}`);
  return def;
}

function packageOf(fullName: string): Package {
  const prefix = fullName.slice(0, fullName.lastIndexOf("."));
  return [CORE, META, ...SCALARS, ...Object.values(PACKAGES)].find((p) => p.prefix === prefix) ?? CORE;
}

function valueSchema(type: string, pkg: Package, refs: Set<string>, asAllOf: boolean): Schema {
  if (type.startsWith("[]")) return { type: "array", items: valueSchema(type.slice(2), pkg, refs, true) };
  if (type.startsWith("map[string]")) return { type: "object", additionalProperties: valueSchema(type.slice(11), pkg, refs, false) };
  if (PRIMITIVES.has(type)) return { type };
  const name = qualify(type, pkg);
  refs.add(name);
  return asAllOf ? { allOf: [{ $ref: `${REF_PREFIX}${name}` }] } : { $ref: `${REF_PREFIX}${name}` };
}

function fieldSchema([type, description, extra]: FieldDef, pkg: Package, refs: Set<string>): Schema {
  return { ...valueSchema(type, pkg, refs, true), description, ...(extra?.e ? { enum: extra.e } : {}) };
}

function typeSchema(def: TypeDef, pkg: Package, refs: Set<string>, gvk?: GroupVersionKind): Schema {
  if (!def.f) return { description: def.d, ...(def.t ? { type: def.t } : {}) };
  const properties: Record<string, Schema> = {};
  const required: string[] = [];
  for (const [name, field] of Object.entries(def.f)) {
    properties[name] = fieldSchema(field, pkg, refs);
    if (field[2]?.req) required.push(name);
  }
  return {
    description: def.d,
    type: "object",
    properties,
    ...(required.length > 0 ? { required } : {}),
    ...(gvk ? { "x-kubernetes-group-version-kind": [gvk] } : {}),
  };
}

/** A kind is a type with apiVersion, kind and metadata fields. */
function isKind(def: TypeDef): boolean {
  return def.f?.apiVersion !== undefined && def.f.kind !== undefined && def.f.metadata !== undefined;
}

/** The components.schemas of a group-version: its kinds and every type they reach; undefined for a group-version not described. */
export function schemaComponents(group: string, version: string): Record<string, Schema> | undefined {
  const pkg = PACKAGES[group ? `${group}/${version}` : version];
  if (!pkg) return undefined;
  const schemas: Record<string, Schema> = {};
  const pending = new Set<string>();
  for (const [kind, def] of Object.entries(pkg.types)) {
    if (isKind(def)) schemas[`${pkg.prefix}.${kind}`] = typeSchema(def, pkg, pending, { group, kind, version });
  }
  for (const name of pending) {
    if (!schemas[name]) schemas[name] = typeSchema(typeAt(name), packageOf(name), pending);
  }
  return schemas;
}
