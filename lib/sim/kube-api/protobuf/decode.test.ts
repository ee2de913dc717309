import { expect, test } from "vitest";
import { decodeProtobufObject } from "./decode";

// A minimal protobuf writer for the test: field keys, varints and length-delimited fields.
function varint(n: number): number[] {
  const out: number[] = [];
  do {
    out.push((n & 0x7f) | (n > 0x7f ? 0x80 : 0));
    n >>>= 7;
  } while (n > 0);
  return out;
}
const text = (s: string) => [...new TextEncoder().encode(s)];
const field = (n: number, bytes: number[]) => [...varint((n << 3) | 2), ...varint(bytes.length), ...bytes];
const number = (n: number, v: number) => [...varint(n << 3), ...varint(v)];
const entry = (k: string, v: string) => field(1, text(k)).concat(field(2, text(v)));

test("a ConfigMap sent as protobuf reads as the JSON object kubectl meant; zero-valued fields stay unset", () => {
  const meta = [...field(1, text("app-config")), ...field(3, text("")), ...field(11, entry("app", "web"))];
  const configMap = [...field(1, meta), ...field(2, entry("mode", "prod")), ...number(4, 0)];
  const typeMeta = [...field(1, text("v1")), ...field(2, text("ConfigMap"))];
  const body = new Uint8Array([0x6b, 0x38, 0x73, 0x00, ...field(1, typeMeta), ...field(2, configMap)]);
  expect(decodeProtobufObject(body)).toEqual({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "app-config", labels: { app: "web" } }, data: { mode: "prod" } });
});

test("a pointer field keeps its zero value: replicas 0 is a request for no pods", () => {
  const spec = number(1, 0);
  const deployment = [...field(1, field(1, text("web"))), ...field(2, spec)];
  const typeMeta = [...field(1, text("apps/v1")), ...field(2, text("Deployment"))];
  const body = new Uint8Array([0x6b, 0x38, 0x73, 0x00, ...field(1, typeMeta), ...field(2, deployment)]);
  expect(decodeProtobufObject(body)).toEqual({ apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "web" }, spec: { replicas: 0 } });
});

test("truncated bodies and kinds without a schema are refused with a Status", () => {
  expect(() => decodeProtobufObject(new Uint8Array([0x6b, 0x38, 0x73, 0x00, 0x0a, 0x05, 0x01]))).toThrow("the protobuf body is malformed");
  const typeMeta = [...field(1, text("batch/v1")), ...field(2, text("Job"))];
  expect(() => decodeProtobufObject(new Uint8Array([0x6b, 0x38, 0x73, 0x00, ...field(1, typeMeta)]))).toThrow(/unknown format/);
});
