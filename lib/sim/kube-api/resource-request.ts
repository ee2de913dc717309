/**
 * PURPOSE: the REST verbs on a resource path: get, list and watch, create, update, patch (JSON
 * merge, JSON patch, strategic merge, server-side apply), delete and deletecollection, the status
 * and scale subresources, pod logs, eviction and binding, with dry-run and impersonation.
 * MODELS: https://kubernetes.io/docs/reference/using-api/api-concepts/
 * NOT MODELLED: resourceVersionMatch, sendInitialEvents, field managers (apply merges into the
 * live object and never removes a field the configuration no longer names).
 */
import { METRICS_RESOURCES, RESOURCES, type ResourceInfo } from "../api/resources";
import type { KubeObject } from "../api/types";
import { ADMIN_USER, type ApiClient, type DeleteOptions, type ListOptions, type UserInfo, type WriteOptions } from "../apiserver/client";
import { StatusError } from "../core/errors";
import { reviewAccess } from "./access-review";
import { decodeBody, decodeObject, patchTypeOf } from "./decode-body";
import { requestUser } from "./impersonation";
import { metricsRequest } from "./metrics-api";
import { podLog } from "./pod-log";
import { checkKindOf } from "./kind-check";
import { jsonResponse, notFoundPath, failure } from "./responses";
import type { ResourcePath } from "./routes";
import { TABLE_CONTENT_TYPE, tableOf, wantsTable } from "./table-response";
import type { ApiRequest, ApiResponse, KubeApiBackend } from "./types";
import { servedVersionAt, servedVersionRequest } from "./served-versions";
import { watchResponse } from "./watch-stream";

type Call = { req: ApiRequest; backend: KubeApiBackend; path: ResourcePath; query: Record<string, string>; user: UserInfo; api: ApiClient; info: ResourceInfo };

function resourceAt(path: ResourcePath): ResourceInfo | undefined {
  return RESOURCES.find((r) => r.group === path.group && r.version === path.version && r.resource === path.resource);
}

function isTrue(v: string | undefined): boolean {
  return v === "true" || v === "1";
}

function dryRun(query: Record<string, string>): boolean {
  if (query.dryRun === undefined) return false;
  if (query.dryRun !== "All") throw StatusError.badRequest(`Invalid dry run value: ${query.dryRun}`);
  return true;
}

function listOptions(call: Call): ListOptions & { resourceVersion?: string } {
  const { query, path } = call;
  const limit = query.limit === undefined ? undefined : Number(query.limit);
  if (limit !== undefined && !Number.isInteger(limit)) throw StatusError.badRequest(`limit: Invalid value: "${query.limit}": must be an integer`);
  return {
    namespace: path.namespace ?? "",
    labelSelector: query.labelSelector,
    fieldSelector: query.fieldSelector,
    limit,
    continue: query.continue,
    resourceVersion: query.resourceVersion,
  };
}

/** Selector parse failures are the client's fault: a 400, not a 500. */
function asBadRequest<T>(run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (e instanceof StatusError) throw e;
    throw StatusError.badRequest(e instanceof Error ? e.message : String(e));
  }
}

function list(call: Call): ApiResponse {
  const opts = listOptions(call);
  const asTable = wantsTable(call.req);
  if (isTrue(call.query.watch)) return asBadRequest(() => watchResponse(call.api, call.info, opts, call.query, asTable));
  const result = asBadRequest(() => call.api.list(call.info.resource, opts));
  const meta = { resourceVersion: result.resourceVersion, continue: result.continue, remainingItemCount: result.remainingItemCount };
  if (asTable) return jsonResponse(tableOf(call.api, call.info.resource, result.items, call.query, meta), 200, TABLE_CONTENT_TYPE);
  return jsonResponse({
    kind: `${call.info.kind}List`,
    apiVersion: call.info.group ? `${call.info.group}/${call.info.version}` : call.info.version,
    metadata: { resourceVersion: meta.resourceVersion, ...(meta.continue ? { continue: meta.continue, remainingItemCount: meta.remainingItemCount } : {}) },
    items: result.items,
  });
}

function get(call: Call, name: string): ApiResponse {
  const sub = call.path.subresource;
  if (sub === "log") return podLog(call.backend, call.user, call.path.namespace ?? "", name, call.query);
  if (sub !== undefined && sub !== "status" && sub !== "scale") return notFoundPath();
  const obj = call.api.get(call.info.resource, name, { namespace: call.path.namespace, subresource: sub });
  if (wantsTable(call.req) && sub === undefined) {
    return jsonResponse(tableOf(call.api, call.info.resource, [obj], call.query, { resourceVersion: obj.metadata.resourceVersion ?? "" }), 200, TABLE_CONTENT_TYPE);
  }
  return jsonResponse(obj);
}

function writeOptions(call: Call): WriteOptions {
  const sub = call.path.subresource;
  return { namespace: call.path.namespace, dryRun: dryRun(call.query), ...(sub === "status" || sub === "scale" ? { subresource: sub } : {}) };
}

function checkKind(call: Call, obj: Record<string, unknown>): void {
  if (call.path.subresource === undefined) checkKindOf(call.info, obj);
}

function checkMetadata(obj: Record<string, unknown>): KubeObject {
  const meta = obj.metadata;
  if (meta !== undefined && (meta === null || typeof meta !== "object" || Array.isArray(meta))) {
    throw StatusError.badRequest(`json: cannot unmarshal ${Array.isArray(meta) ? "array" : typeof meta} into Go struct field .metadata of type v1.ObjectMeta`);
  }
  return { ...obj, metadata: (meta as KubeObject["metadata"] | undefined) ?? {} } as KubeObject;
}

function evict(call: Call, name: string): ApiResponse {
  const body = decodeObject(call.req) as { deleteOptions?: DeleteOptions };
  const options = body.deleteOptions ?? {};
  call.api.delete("pods", name, {
    namespace: call.path.namespace,
    dryRun: dryRun(call.query) || (options as { dryRun?: string[] }).dryRun?.includes("All") === true,
    ...(options.gracePeriodSeconds !== undefined ? { gracePeriodSeconds: options.gracePeriodSeconds } : {}),
  });
  return jsonResponse({ kind: "Status", apiVersion: "v1", metadata: {}, status: "Success", code: 201 }, 201);
}

function create(call: Call, name: string | undefined): ApiResponse {
  if (call.path.subresource === "eviction" && name !== undefined) return evict(call, name);
  if (call.path.subresource === "binding" && name !== undefined) {
    const binding = checkMetadata(decodeObject(call.req));
    binding.metadata.name ??= name;
    return jsonResponse(call.api.create("bindings", binding, { namespace: call.path.namespace, dryRun: dryRun(call.query) }), 201);
  }
  if (name !== undefined) return failure(405, "MethodNotAllowed", `the server does not allow this method on the requested resource`, {});
  if (call.info.namespaced && call.path.namespace === undefined) return notFoundPath();
  const raw = decodeObject(call.req);
  checkKind(call, raw);
  return jsonResponse(call.api.create(call.info.resource, checkMetadata(raw), writeOptions(call)), 201);
}

function update(call: Call, name: string): ApiResponse {
  const obj = checkMetadata(decodeObject(call.req));
  checkKind(call, obj);
  const bodyName = obj.metadata.name;
  if (bodyName !== undefined && bodyName !== name) {
    throw StatusError.badRequest(`the name of the object (${bodyName}) does not match the name on the URL (${name})`);
  }
  obj.metadata.name = name;
  return jsonResponse(call.api.update(call.info.resource, obj, writeOptions(call)));
}

function apply(call: Call, name: string): ApiResponse {
  if (call.query.fieldManager === undefined || call.query.fieldManager === "") {
    throw StatusError.badRequest("PATCH, application/apply-patch+yaml requires fieldManager to be set");
  }
  const config = checkMetadata(decodeObject(call.req));
  checkKind(call, config);
  if (config.metadata.name !== undefined && config.metadata.name !== name) {
    throw StatusError.badRequest(`the name of the object (${config.metadata.name}) does not match the name on the URL (${name})`);
  }
  try {
    call.api.get(call.info.resource, name, { namespace: call.path.namespace });
  } catch (e) {
    if (!(e instanceof StatusError) || e.status.code !== 404 || call.path.subresource !== undefined) throw e;
    config.metadata.name = name;
    return jsonResponse(call.api.create(call.info.resource, config, writeOptions(call)), 201);
  }
  return jsonResponse(call.api.patch(call.info.resource, name, config, { ...writeOptions(call), type: "strategic" }));
}

function patch(call: Call, name: string): ApiResponse {
  const type = patchTypeOf(call.req);
  if (type === "apply") return apply(call, name);
  const body = decodeBody(call.req);
  return jsonResponse(call.api.patch(call.info.resource, name, body, { ...writeOptions(call), type }));
}

function deleteOptions(call: Call): DeleteOptions {
  let body: { propagationPolicy?: string; gracePeriodSeconds?: number; dryRun?: string[]; orphanDependents?: boolean } = {};
  if (call.req.body.trim() !== "") body = decodeObject(call.req) as typeof body;
  const policy = call.query.propagationPolicy ?? body.propagationPolicy ?? (body.orphanDependents === true ? "Orphan" : undefined);
  if (policy !== undefined && policy !== "Foreground" && policy !== "Background" && policy !== "Orphan") {
    throw StatusError.badRequest(`DeleteOptions.meta.k8s.io "" is invalid: propagationPolicy: Unsupported value: "${policy}": supported values: "Foreground", "Background", "Orphan", "nil"`);
  }
  const grace = call.query.gracePeriodSeconds !== undefined ? Number(call.query.gracePeriodSeconds) : body.gracePeriodSeconds;
  return {
    namespace: call.path.namespace,
    dryRun: dryRun(call.query) || (Array.isArray(body.dryRun) && body.dryRun.includes("All")),
    ...(policy !== undefined ? { propagationPolicy: policy } : {}),
    ...(grace !== undefined && Number.isFinite(grace) ? { gracePeriodSeconds: grace } : {}),
  };
}

function remove(call: Call, name: string | undefined): ApiResponse {
  const opts = deleteOptions(call);
  if (name !== undefined) return jsonResponse(call.api.delete(call.info.resource, name, opts));
  if (call.info.resource === "namespaces" || call.info.resource === "services") {
    throw StatusError.methodNotSupported({ group: call.info.group, resource: call.info.resource }, "deletecollection");
  }
  const items = asBadRequest(() => call.api.list(call.info.resource, listOptions(call))).items;
  const deleted = items.map((o) => call.api.delete(call.info.resource, o.metadata.name ?? "", { ...opts, namespace: o.metadata.namespace }));
  return jsonResponse({ kind: `${call.info.kind}List`, apiVersion: call.info.group ? `${call.info.group}/${call.info.version}` : call.info.version, metadata: {}, items: deleted });
}

const SUBRESOURCE_VERBS: Record<string, { resources: string[]; methods: string[] }> = {
  status: { resources: ["pods", "deployments", "replicasets", "daemonsets", "services", "horizontalpodautoscalers", "nodes", "namespaces"], methods: ["GET", "PUT", "PATCH"] },
  scale: { resources: ["deployments", "replicasets"], methods: ["GET", "PUT", "PATCH"] },
  log: { resources: ["pods"], methods: ["GET"] },
  eviction: { resources: ["pods"], methods: ["POST"] },
  binding: { resources: ["pods"], methods: ["POST"] },
};

function dispatch(call: Call): ApiResponse {
  const { req, path } = call;
  const name = path.name;
  if (path.subresource !== undefined) {
    const allowed = SUBRESOURCE_VERBS[path.subresource];
    if (!allowed || !allowed.resources.includes(call.info.resource) || name === undefined) return notFoundPath();
    if (!allowed.methods.includes(req.method)) return failure(405, "MethodNotAllowed", `the server does not allow this method on the requested resource`, {});
  }
  switch (req.method) {
    case "GET":
      return name === undefined ? list(call) : get(call, name);
    case "POST":
      return create(call, name);
    case "PUT":
      return name === undefined ? failure(405, "MethodNotAllowed", "the server does not allow this method on the requested resource", {}) : update(call, name);
    case "PATCH":
      return name === undefined ? failure(405, "MethodNotAllowed", "the server does not allow this method on the requested resource", {}) : patch(call, name);
    case "DELETE":
      return remove(call, name);
    default:
      return failure(405, "MethodNotAllowed", `the server does not allow this method on the requested resource`, {});
  }
}

/** A request on a resource path; undefined when the path names no resource the server serves. */
export function resourceRequest(req: ApiRequest, backend: KubeApiBackend, path: ResourcePath, query: Record<string, string>): ApiResponse {
  const user = requestUser(req);
  if (path.group === "authorization.k8s.io" && path.version === "v1" && path.resource === "selfsubjectaccessreviews" && path.name === undefined) {
    if (req.method !== "POST") return failure(405, "MethodNotAllowed", "the server does not allow this method on the requested resource", {});
    return jsonResponse(reviewAccess(backend.api, user, decodeObject(req)), 201);
  }
  if (METRICS_RESOURCES.some((r) => r.group === path.group && r.version === path.version && r.resource === path.resource)) {
    if (req.method !== "GET" || path.subresource !== undefined) return failure(405, "MethodNotAllowed", "the server does not allow this method on the requested resource", {});
    if (path.resource === "nodes" && path.namespace !== undefined) return notFoundPath();
    return jsonResponse(metricsRequest(backend, user, path, query));
  }
  const served = servedVersionAt(path);
  if (served) return servedVersionRequest(served, req, (stored) => resourceRequest(stored, backend, { ...path, version: served.stored.version }, query));
  const info = resourceAt(path);
  if (!info || (!info.namespaced && path.namespace !== undefined) || info.resource === "bindings") {
    if (info?.resource === "bindings" && req.method === "POST" && path.namespace !== undefined) {
      const binding = checkMetadata(decodeObject(req));
      return jsonResponse(backend.api.as(user).create("bindings", binding, { namespace: path.namespace, dryRun: dryRun(query) }), 201);
    }
    return notFoundPath();
  }
  return dispatch({ req, backend, path, query, user, api: user === ADMIN_USER ? backend.api : backend.api.as(user), info });
}
