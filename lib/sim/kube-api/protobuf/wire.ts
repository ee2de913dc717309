/**
 * PURPOSE: the protocol buffers wire format, read generically: a message as a list of
 * (field number, wire type, value) so a schema can name and type each field afterwards.
 * MODELS: https://protobuf.dev/programming-guides/encoding/
 * NOT MODELLED: groups (wire types 3 and 4, unused by Kubernetes), packed repeated numbers.
 */
import { StatusError } from "../../core/errors";

export type WireField = { field: number; wire: 0 | 1 | 2 | 5; varint?: bigint; bytes?: Uint8Array };

function malformed(): never {
  throw StatusError.badRequest("the protobuf body is malformed");
}

function readVarint(buf: Uint8Array, pos: { at: number }): bigint {
  let result = 0n;
  let shift = 0n;
  for (let i = 0; i < 10; i++) {
    if (pos.at >= buf.length) malformed();
    const b = buf[pos.at++];
    result |= BigInt(b & 0x7f) << shift;
    if ((b & 0x80) === 0) return result;
    shift += 7n;
  }
  return malformed();
}

export function readMessage(buf: Uint8Array): WireField[] {
  const out: WireField[] = [];
  const pos = { at: 0 };
  while (pos.at < buf.length) {
    const key = Number(readVarint(buf, pos));
    const field = key >>> 3;
    const wire = key & 7;
    if (field === 0) malformed();
    if (wire === 0) out.push({ field, wire, varint: readVarint(buf, pos) });
    else if (wire === 2) {
      const len = Number(readVarint(buf, pos));
      if (len < 0 || pos.at + len > buf.length) malformed();
      out.push({ field, wire, bytes: buf.subarray(pos.at, pos.at + len) });
      pos.at += len;
    } else if (wire === 1 || wire === 5) {
      const len = wire === 1 ? 8 : 4;
      if (pos.at + len > buf.length) malformed();
      out.push({ field, wire, bytes: buf.subarray(pos.at, pos.at + len) });
      pos.at += len;
    } else malformed();
  }
  return out;
}

export function utf8(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x80) s += String.fromCharCode(b);
    else if (b >= 0xc0 && b < 0xe0 && i + 1 < bytes.length) s += String.fromCharCode(((b & 0x1f) << 6) | (bytes[++i] & 0x3f));
    else if (b >= 0xe0 && b < 0xf0 && i + 2 < bytes.length) s += String.fromCharCode(((b & 0x0f) << 12) | ((bytes[++i] & 0x3f) << 6) | (bytes[++i] & 0x3f));
    else if (b >= 0xf0 && i + 3 < bytes.length) s += String.fromCodePoint(((b & 0x07) << 18) | ((bytes[++i] & 0x3f) << 12) | ((bytes[++i] & 0x3f) << 6) | (bytes[++i] & 0x3f));
    else s += "\ufffd";
  }
  return s;
}
