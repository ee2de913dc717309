/**
 * PURPOSE: the OpenAPI documents clients read for `kubectl explain`, field validation and apply:
 * /openapi/v3 lists one document per group-version, each with a schema per kind the engine serves.
 * MODELS: https://kubernetes.io/docs/concepts/overview/kubernetes-api/#openapi-interface-definition
 * NOT MODELLED: the full schemas (only the fields the explain docs describe), operation paths, /openapi/v2.
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
  for (const r of kinds) {
    schemas[`${group || "core"}.${version}.${r.kind}`] = {
      type: "object",
      description: r.kind,
      "x-kubernetes-group-version-kind": [{ group, version, kind: r.kind }],
    };
  }
  return { openapi: "3.0.0", info: { title: "Kubernetes", version: backend.release.gitVersion }, paths: {}, components: { schemas } };
}

export function openApiV2(_req: ApiRequest): ApiResponse {
  return notFoundPath();
}
