/**
 * PURPOSE: the OpenAPI documents clients read for `kubectl explain`, field validation and apply:
 * /openapi/v3 lists one document per group-version, each with the field schemas of the kinds it
 * serves (the same schemas the shell's explain reads) and a PATCH operation per kind.
 * MODELS: https://kubernetes.io/docs/concepts/overview/kubernetes-api/#openapi-interface-definition
 * NOT MODELLED: operations other than PATCH (and no request bodies, so kubectl computes apply patches
 * from its built-in types), /openapi/v2.
 */
import { RESOURCES, type ResourceInfo } from "../api/resources";
import { schemaComponents } from "../api/schemas/documents";
import { servedResources } from "./discovery";
import { notFoundPath } from "./responses";
import { SERVED_VERSIONS, servedInfo } from "./served-versions";
import type { ApiRequest, ApiResponse, KubeApiBackend } from "./types";

function docPath(group: string, version: string): string {
  return group ? `apis/${group}/${version}` : `api/${version}`;
}

/** The resources of a group-version: stored ones and those served by conversion. */
function resourcesOf(group: string, version: string): ResourceInfo[] {
  return [...RESOURCES, ...SERVED_VERSIONS.map(servedInfo)].filter((r) => r.group === group && r.version === version);
}

export function openApiV3Root(backend: KubeApiBackend): unknown {
  const paths: Record<string, { serverRelativeURL: string }> = {};
  for (const r of [...servedResources(backend), ...SERVED_VERSIONS.map(servedInfo)]) {
    const p = docPath(r.group, r.version);
    paths[p] = { serverRelativeURL: `/openapi/v3/${p}?hash=${backend.release.gitVersion}` };
  }
  return { paths };
}

export function openApiV3Document(backend: KubeApiBackend, group: string, version: string): unknown | undefined {
  const kinds = resourcesOf(group, version);
  const schemas = schemaComponents(group, version);
  if (kinds.length === 0 || !schemas) return undefined;
  const paths: Record<string, unknown> = {};
  const prefix = group ? `/apis/${group}/${version}` : `/api/${version}`;
  for (const r of kinds) {
    const gvk = { group, version, kind: r.kind };
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
