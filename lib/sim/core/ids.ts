/**
 * PURPOSE: identifiers derived from the seeded rng: object uids and container ids.
 * MODELS: metadata.uid (RFC 4122 v4 shape), https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#uids
 * NOT MODELLED: uniqueness beyond the rng's period.
 */
import type { Rng } from "./rng";

const BYTE_HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

// Number#toString(16) of a 32-bit value takes about a microsecond; four table lookups give the same text.
function word(rng: Rng): string {
  const n = Math.floor(rng.next() * 4294967296);
  return BYTE_HEX[n >>> 24] + BYTE_HEX[(n >>> 16) & 255] + BYTE_HEX[(n >>> 8) & 255] + BYTE_HEX[n & 255];
}

export function generateUid(rng: Rng): string {
  const a = word(rng);
  const b = word(rng);
  const c = word(rng);
  const d = word(rng);
  const variant = "89ab"[rng.int(4)];
  // One flat string: uids are kept by every object and reference, and a template literal leaves rope nodes.
  return [a, "-", b.slice(0, 4), "-4", b.slice(5, 8), "-", variant, c.slice(1, 4), "-", c.slice(4), d].join("");
}

export function generateContainerId(rng: Rng): string {
  return rng.hex(64);
}

export function generateName(prefix: string, rng: Rng): string {
  return `${prefix}${rng.suffix(5)}`;
}
