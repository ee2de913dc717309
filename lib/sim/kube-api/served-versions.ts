/**
 * PURPOSE: resources served in a second version of their group besides the one the engine stores
 * (autoscaling/v1 HorizontalPodAutoscalers beside autoscaling/v2): requests on that version are
 * answered by the stored version's handler, with bodies converted on the way in and out.
 * MODELS: https://kubernetes.io/docs/reference/using-api/#api-versioning (every version is a view of one stored object)
 * NOT MODELLED: conversion of Table rows (they do not depend on the version), protobuf answers.
 */
import { RESOURCES, type ResourceInfo } from "../api/resources";
import type { HorizontalPodAutoscaler } from "../api/types";
import { applyPatch } from "../apiserver/patch";
import { StatusError } from "../core/errors";
import { decodeBody, decodeObject, patchTypeOf } from "./decode-body";
import { checkKindOf } from "./kind-check";
import { hpaFromV1, hpaToV1, type HorizontalPodAutoscalerV1 } from "../api/hpa-v1";
import { JSON_TYPE } from "./responses";
import type { ResourcePath } from "./routes";
import type { ApiRequest, ApiResponse } from "./types";

type Json = Parameters<typeof applyPatch>[1];

export type ServedVersion = {
  /** the stored resource, whose handler answers */
  stored: ResourceInfo;
  version: string;
  toServed(obj: Record<string, unknown>): Record<string, unknown>;
  fromServed(obj: Record<string, unknown>): Record<string, unknown>;
};

function storedResource(resource: string): ResourceInfo {
  const info = RESOURCES.find((r) => r.resource === resource);
  if (!info) throw new Error(`no stored resource ${resource}`);
  return info;
}

export const SERVED_VERSIONS: readonly ServedVersion[] = [
  {
    stored: storedResource("horizontalpodautoscalers"),
    version: "v1",
    toServed: (obj) => hpaToV1(obj as HorizontalPodAutoscaler),
    fromServed: (obj) => hpaFromV1(obj as Partial<HorizontalPodAutoscalerV1>),
  },
];

/** The resource as discovery lists it in the other version. */
export function servedInfo(v: ServedVersion): ResourceInfo {
  return { ...v.stored, version: v.version };
}

export function servedVersionAt(path: ResourcePath): ServedVersion | undefined {
  return SERVED_VERSIONS.find((v) => v.stored.group === path.group && v.version === path.version && v.stored.resource === path.resource);
}

function jsonRequest(req: ApiRequest, body: unknown, method = req.method): ApiRequest {
  return { ...req, method, body: JSON.stringify(body), bytes: undefined, headers: { ...req.headers, "content-type": [JSON_TYPE] } };
}

function convertOut(v: ServedVersion, value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  const obj = value as Record<string, unknown>;
  const apiVersion = `${v.stored.group}/${v.version}`;
  if (obj.kind === v.stored.kind) return v.toServed(obj);
  if (obj.kind === `${v.stored.kind}List` && Array.isArray(obj.items)) return { ...obj, apiVersion, items: obj.items.map((i) => v.toServed(i as Record<string, unknown>)) };
  if (typeof obj.type === "string" && obj.object !== undefined) return { ...obj, object: convertOut(v, obj.object) };
  return value;
}

function convertResponse(v: ServedVersion, res: ApiResponse): ApiResponse {
  if (res.contentType !== JSON_TYPE) return res;
  if (res.stream) {
    const stream = res.stream;
    // Watch events arrive one JSON document per line.
    const convertLine = (line: string) => (line.trim() === "" ? line : `${JSON.stringify(convertOut(v, JSON.parse(line)))}\n`);
    return { ...res, stream: { start: (write, end) => stream.start((chunk) => write(chunk.split(/(?<=\n)/).map(convertLine).join("")), end) } };
  }
  return res.body === undefined ? res : { ...res, body: JSON.stringify(convertOut(v, JSON.parse(res.body))) };
}

/**
 * A patch is applied to the object as the client sees it in its version, so a patch naming v1 fields
 * works, and the result goes back as an update. An apply configuration is converted whole and applied
 * by the stored version's handler, which creates the object when it is missing.
 */
function patchThroughServedVersion(v: ServedVersion, req: ApiRequest, answer: (req: ApiRequest) => ApiResponse): ApiResponse {
  const type = patchTypeOf(req);
  const patch = decodeBody(req) as Json;
  if (type === "apply") {
    if (patch === null || typeof patch !== "object" || Array.isArray(patch)) throw StatusError.badRequest("the apply configuration is not an object");
    return answer({ ...req, body: JSON.stringify(v.fromServed(patch as Record<string, unknown>)), bytes: undefined });
  }
  const current = answer({ ...req, method: "GET", body: "" });
  if (current.status !== 200 || current.body === undefined) return current;
  const seen = v.toServed(JSON.parse(current.body) as Record<string, unknown>) as Json;
  const patched = applyPatch(type, seen, patch);
  if (patched === null || typeof patched !== "object" || Array.isArray(patched)) throw StatusError.badRequest("the patch did not produce an object");
  return answer(jsonRequest(req, v.fromServed(patched as Record<string, unknown>), "PUT"));
}

/** Answers a request on the served version through the stored version's handler. */
export function servedVersionRequest(v: ServedVersion, req: ApiRequest, answerStored: (req: ApiRequest) => ApiResponse): ApiResponse {
  let res: ApiResponse;
  if (req.method === "PATCH") res = patchThroughServedVersion(v, req, answerStored);
  else if ((req.method === "POST" || req.method === "PUT") && req.body.trim() !== "") {
    const obj = decodeObject(req);
    checkKindOf(servedInfo(v), obj);
    res = answerStored(jsonRequest(req, v.fromServed(obj)));
  }
  else res = answerStored(req);
  return convertResponse(v, res);
}
