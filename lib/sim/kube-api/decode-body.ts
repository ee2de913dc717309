/**
 * PURPOSE: read a request body by its Content-Type (JSON, YAML, or one of the patch types) and
 * refuse what the real API server refuses, with its 400, 413 and 415 answers.
 * MODELS: https://kubernetes.io/docs/reference/using-api/api-concepts/#patch-and-apply
 * NOT MODELLED: CBOR bodies; protobuf only for the kinds kubectl's typed clients send (protobuf/schemas.ts).
 */
import { parse } from "yaml";
import type { PatchType } from "../apiserver/client";
import { StatusError } from "../core/errors";
import { decodeProtobufObject, isProtobuf } from "./protobuf/decode";
import { statusBody } from "./responses";
import { MAX_BODY_BYTES, type ApiRequest } from "./types";

export type BodyPatchType = PatchType | "apply";

const PATCH_TYPES: Record<string, BodyPatchType> = {
  "application/json-patch+json": "json",
  "application/merge-patch+json": "merge",
  "application/strategic-merge-patch+json": "strategic",
  "application/apply-patch+yaml": "apply",
};

export function mediaType(req: ApiRequest): string {
  return (req.headers["content-type"]?.[0] ?? "application/json").split(";")[0].trim().toLowerCase();
}

export function patchTypeOf(req: ApiRequest): BodyPatchType {
  const type = PATCH_TYPES[mediaType(req)];
  if (!type) {
    throw new StatusError(
      statusBody(415, "UnsupportedMediaType", `the body of the request was in an unknown format - accepted media types include: ${Object.keys(PATCH_TYPES).join(", ")}`),
    );
  }
  return type;
}

function byteLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? (i++, 4) : 3;
  }
  return n;
}

export function checkBodySize(req: ApiRequest): void {
  if (req.body.length > MAX_BODY_BYTES || byteLength(req.body) > MAX_BODY_BYTES) {
    throw new StatusError(statusBody(413, "RequestEntityTooLarge", `Request entity too large: limit is ${MAX_BODY_BYTES}`));
  }
}

const DECODABLE = new Set(["application/json", "application/yaml", "application/vnd.kubernetes.protobuf", ...Object.keys(PATCH_TYPES)]);

/** The body as a JSON value; YAML for the YAML media types. Empty bodies are refused. */
export function decodeBody(req: ApiRequest): unknown {
  checkBodySize(req);
  const type = mediaType(req);
  if (!DECODABLE.has(type)) {
    throw new StatusError(statusBody(415, "UnsupportedMediaType", `the body of the request was in an unknown format - accepted media types include: application/json, application/yaml`));
  }
  const yaml = type === "application/yaml" || type === "application/apply-patch+yaml";
  if (req.body.trim() === "") throw StatusError.badRequest("the body of the request was empty");
  if (isProtobuf(type)) return decodeProtobufObject(req.bytes ?? Uint8Array.from(req.body, (c) => c.charCodeAt(0) & 0xff));
  try {
    return yaml ? parse(req.body, { maxAliasCount: 100 }) : JSON.parse(req.body);
  } catch (e) {
    const detail = e instanceof Error ? e.message.split("\n")[0] : "invalid body";
    throw StatusError.badRequest(`couldn't get version/kind; ${yaml ? "yaml" : "json"} parse error: ${detail}`);
  }
}

/** The body as an object (create, update, apply); anything else is a 400. */
export function decodeObject(req: ApiRequest): Record<string, unknown> {
  const value = decodeBody(req);
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw StatusError.badRequest(`couldn't get version/kind; json parse error: json: cannot unmarshal ${Array.isArray(value) ? "array" : typeof value} into Go value of type struct { APIVersion string "json:\\"apiVersion,omitempty\\""; Kind string "json:\\"kind,omitempty\\"" }`);
  }
  return value as Record<string, unknown>;
}
