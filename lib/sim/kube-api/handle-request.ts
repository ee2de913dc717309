/**
 * PURPOSE: the simulated API server's HTTP face as one pure function: a parsed request in, a
 * response (or a stream) out. Routes discovery, OpenAPI and resource paths, and turns every failure
 * into a Kubernetes Status so no input can crash the host.
 * MODELS: https://kubernetes.io/docs/reference/using-api/api-concepts/ and
 * https://kubernetes.io/docs/concepts/overview/kubernetes-api/
 * NOT MODELLED: authentication (the caller is the admin unless it impersonates), API priority and
 * fairness, audit, admission webhooks, exec/attach/port-forward.
 */
import { checkBodySize } from "./decode-body";
import { aggregatedDiscovery, AGGREGATED_CONTENT_TYPE, coreVersions, groupDocument, groupList, resourceList, versionDocument } from "./discovery";
import { openApiV2, openApiV3Document, openApiV3Root } from "./openapi";
import { resourceRequest } from "./resource-request";
import { errorResponse, failure, jsonResponse, notFoundPath } from "./responses";
import { parseTarget, routeOf } from "./routes";
import type { ApiRequest, ApiResponse, KubeApiBackend } from "./types";

function wantsAggregated(req: ApiRequest): boolean {
  return (req.headers.accept ?? []).join(",").includes("as=APIGroupDiscoveryList");
}

function readOnly(req: ApiRequest, answer: () => ApiResponse): ApiResponse {
  if (req.method !== "GET" && req.method !== "HEAD") return failure(405, "MethodNotAllowed", "the server does not allow this method on the requested resource", {});
  return answer();
}

function orNotFound(doc: unknown | undefined): ApiResponse {
  return doc === undefined ? notFoundPath() : jsonResponse(doc);
}

function route(req: ApiRequest, backend: KubeApiBackend): ApiResponse {
  checkBodySize(req);
  const { path, query } = parseTarget(req.url);
  const r = routeOf(path);
  switch (r.kind) {
    case "version":
      return readOnly(req, () => jsonResponse(versionDocument(backend)));
    case "health":
      return readOnly(req, () => ({ status: 200, contentType: "text/plain; charset=utf-8", body: "ok" }));
    case "core-versions":
      return readOnly(req, () => (wantsAggregated(req) ? jsonResponse(aggregatedDiscovery(backend, true), 200, AGGREGATED_CONTENT_TYPE) : jsonResponse(coreVersions())));
    case "groups":
      return readOnly(req, () => (wantsAggregated(req) ? jsonResponse(aggregatedDiscovery(backend, false), 200, AGGREGATED_CONTENT_TYPE) : jsonResponse(groupList(backend))));
    case "group":
      return readOnly(req, () => orNotFound(groupDocument(backend, r.group)));
    case "resources":
      return readOnly(req, () => orNotFound(resourceList(backend, r.group, r.version)));
    case "openapi-v2":
      return readOnly(req, () => openApiV2(req));
    case "openapi-v3-root":
      return readOnly(req, () => jsonResponse(openApiV3Root(backend)));
    case "openapi-v3":
      return readOnly(req, () => orNotFound(openApiV3Document(backend, r.group, r.version)));
    case "resource":
      return resourceRequest(req, backend, r.path, query);
    case "unknown":
      return notFoundPath();
  }
}

/** Answers one request; never throws. */
export function handleKubeApiRequest(req: ApiRequest, backend: KubeApiBackend): ApiResponse {
  try {
    return route(req, backend);
  } catch (e) {
    return errorResponse(e);
  }
}
