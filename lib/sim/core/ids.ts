/**
 * PURPOSE: identifiers derived from the seeded rng: object uids and container ids.
 * MODELS: metadata.uid (RFC 4122 v4 shape), https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#uids
 * NOT MODELLED: uniqueness beyond the rng's period.
 */
import type { Rng } from "./rng";

export function generateUid(rng: Rng): string {
  const h = rng.hex(32).split("");
  h[12] = "4";
  h[16] = "89ab"[rng.int(4)];
  const s = h.join("");
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

export function generateContainerId(rng: Rng): string {
  return rng.hex(64);
}

export function generateName(prefix: string, rng: Rng): string {
  return `${prefix}${rng.suffix(5)}`;
}
