/**
 * PURPOSE: identifiers derived from the seeded rng: object uids and container ids.
 * MODELS: metadata.uid (RFC 4122 v4 shape), https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#uids
 * NOT MODELLED: uniqueness beyond the rng's period.
 */
import type { Rng } from "./rng";

function word(rng: Rng): string {
  return Math.floor(rng.next() * 4294967296)
    .toString(16)
    .padStart(8, "0");
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
