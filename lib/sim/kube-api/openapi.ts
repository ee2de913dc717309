/**
 * PURPOSE: the OpenAPI documents clients read for `kubectl explain`, field validation and apply:
 * /openapi/v3 lists one document per group-version, each with a schema per kind the engine serves.
 * MODELS: https://kubernetes.io/docs/concepts/overview/kubernetes-api/#openapi-interface-definition
 * NOT MODELLED: the field schemas (so no `kubectl explain` and no strict field validation), operations
 * other than PATCH, /openapi/v2.
 */
import { RESOURCES } from "../api/resources";
import { servedResources } from "./discovery";
import { notFoundPath } from "./responses";
import type { ApiRequest, ApiResponse, KubeApiBackend } from "./types";

function docPath(group: string, version: string): string {
  return group ? `apis/${group}/${version}` : `api/${version}`;
}

export function openApiV3Root(backend: KubeApiBackend): unknown {
  const paths: Record<string, { serverRelativeURL: string }> = {};
  for (const r of servedResources(backend)) {
    const p = docPath(r.group, r.version);
    paths[p] = { serverRelativeURL: `/openapi/v3/${p}?hash=${backend.release.gitVersion}` };
  }
  return { paths };
}

export function openApiV3Document(backend: KubeApiBackend, group: string, version: string): unknown | undefined {
  const kinds = RESOURCES.filter((r) => r.group === group && r.version === version);
  if (kinds.length === 0) return undefined;
  const schemas: Record<string, unknown> = {};
  const paths: Record<string, unknown> = {};
  const prefix = group ? `/apis/${group}/${version}` : `/api/${version}`;
  for (const r of kinds) {
    const gvk = { group, version, kind: r.kind };
    schemas[`${group || "core"}.${version}.${r.kind}`] = { type: "object", description: r.kind, "x-kubernetes-group-version-kind": [gvk] };
    // kubectl validates on the server (fieldValidation=Strict) when the kind's PATCH operation lists the parameter.
    const parameters = [
      { name: "dryRun", in: "query", schema: { type: "string" } },
      { name: "fieldManager", in: "query", schema: { type: "string" } },
      { name: "fieldValidation", in: "query", schema: { type: "string" } },
    ];
    const operation = { operationId: `patch${r.kind}`, "x-kubernetes-action": "patch", "x-kubernetes-group-version-kind": gvk, parameters };
    paths[`${prefix}${r.namespaced ? "/namespaces/{namespace}" : ""}/${r.resource}/{name}`] = { patch: operation };
  }
  return { openapi: "3.0.0", info: { title: "Kubernetes", version: backend.release.gitVersion }, paths, components: { schemas } };
}

export function openApiV2(_req: ApiRequest): ApiResponse {
  return notFoundPath();
}
