/**
 * PURPOSE: turn a Kubernetes protobuf body ("k8s\0" + runtime.Unknown wrapping the object) into
 * the same JSON object a client would have sent, using the message schemas.
 * MODELS: https://kubernetes.io/docs/reference/using-api/api-concepts/#protobuf-encoding
 * NOT MODELLED: kinds outside the schemas answer 415, as a server without that encoding would.
 */
import { encodeBase64Bytes } from "../../core/base64";
import { StatusError } from "../../core/errors";
import { formatTimestamp } from "../../core/time";
import { statusBody } from "../responses";
import { KIND_MESSAGES, MESSAGES } from "./schemas";
import { readMessage, utf8, type WireField } from "./wire";

const MAGIC = [0x6b, 0x38, 0x73, 0x00];

function signed(v: bigint): number {
  return Number(BigInt.asIntN(64, v));
}

function intOrString(bytes: Uint8Array): number | string {
  const f = readMessage(bytes);
  const type = f.find((x) => x.field === 1)?.varint ?? 0n;
  if (type === 1n) return utf8(f.find((x) => x.field === 3)?.bytes ?? new Uint8Array());
  return signed(f.find((x) => x.field === 2)?.varint ?? 0n);
}

function scalar(kind: string, f: WireField): unknown {
  const bytes = f.bytes ?? new Uint8Array();
  switch (kind) {
    case "s":
      return utf8(bytes);
    case "i":
    case "i*":
      return signed(f.varint ?? 0n);
    case "b":
    case "b*":
      return (f.varint ?? 0n) !== 0n;
    case "y":
      return encodeBase64Bytes(bytes);
    case "T": {
      const seconds = signed(readMessage(bytes).find((x) => x.field === 1)?.varint ?? 0n);
      return seconds === 0 ? undefined : formatTimestamp(seconds * 1000);
    }
    case "Q":
      return utf8(readMessage(bytes).find((x) => x.field === 1)?.bytes ?? new Uint8Array());
    case "IS":
      return intOrString(bytes);
    default:
      return decodeMessage(kind.slice(2), bytes);
  }
}

function mapEntry(valueKind: string, bytes: Uint8Array): [string, unknown] {
  const f = readMessage(bytes);
  const key = f.find((x) => x.field === 1);
  const value = f.find((x) => x.field === 2);
  const empty: WireField = { field: 2, wire: 2, bytes: new Uint8Array(), varint: 0n };
  return [key?.bytes ? utf8(key.bytes) : "", scalar(valueKind, value ?? empty)];
}

export function decodeMessage(name: string, bytes: Uint8Array): Record<string, unknown> {
  const schema = MESSAGES[name];
  const out: Record<string, unknown> = {};
  for (const f of readMessage(bytes)) {
    const spec = schema?.[f.field];
    if (!spec) continue;
    const [field, kindSpec] = spec;
    if (name === "Volume" && field === "volumeSource") {
      Object.assign(out, decodeMessage("VolumeSource", f.bytes ?? new Uint8Array()));
      continue;
    }
    if (kindSpec.startsWith("M:")) {
      const [k, v] = mapEntry(kindSpec.slice(2), f.bytes ?? new Uint8Array());
      out[field] = { ...((out[field] as Record<string, unknown> | undefined) ?? {}), [k]: v };
    } else if (kindSpec.endsWith("[]")) {
      out[field] = [...((out[field] as unknown[] | undefined) ?? []), scalar(kindSpec.slice(0, -2), f)];
    } else {
      const value = scalar(kindSpec, f);
      // Value fields are always on the wire; their zero value is what JSON leaves out.
      if (value !== undefined && value !== "" && value !== false && !(value === 0 && kindSpec === "i")) out[field] = value;
    }
  }
  return out;
}

export function isProtobuf(contentType: string): boolean {
  return contentType === "application/vnd.kubernetes.protobuf";
}

/** The object in a protobuf request body, as JSON. */
export function decodeProtobufObject(body: Uint8Array): Record<string, unknown> {
  if (body.length < 4 || MAGIC.some((b, i) => body[i] !== b)) throw StatusError.badRequest("the protobuf body does not start with the Kubernetes envelope");
  const unknown = decodeMessage("Unknown", body.subarray(4)) as { typeMeta?: { apiVersion?: string; kind?: string }; raw?: string };
  const kind = unknown.typeMeta?.kind ?? "";
  const message = KIND_MESSAGES[kind];
  if (!message) {
    throw new StatusError(statusBody(415, "UnsupportedMediaType", `the body of the request was in an unknown format - accepted media types include: application/json, application/yaml (protobuf only for ${Object.keys(KIND_MESSAGES).join(", ")})`));
  }
  const raw = readMessage(body.subarray(4)).find((f) => f.field === 2)?.bytes ?? new Uint8Array();
  return { apiVersion: unknown.typeMeta?.apiVersion, kind, ...decodeMessage(message, raw) };
}
