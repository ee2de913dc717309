/**
 * PURPOSE: seeded randomness (mulberry32) so the same seed and the same commands
 * always produce the same names, ids and tie-breaks.
 * MODELS: the random suffixes of generateName, https://kubernetes.io/docs/reference/using-api/api-concepts/#generated-values
 * NOT MODELLED: cryptographic quality.
 */

export type Rng = {
  next(): number;
  int(maxExclusive: number): number;
  pick<T>(items: readonly T[]): T;
  suffix(length?: number): string;
  hex(length: number): string;
  state(): number;
};

// The alphabet of k8s.io/apimachinery's rand.String: no vowels, no confusable digits.
export const SUFFIX_ALPHABET = "bcdfghjklmnpqrstvwxz2456789";
const HEX = "0123456789abcdef";

export function createRng(seed: number, state?: number): Rng {
  let s = (state ?? seed) >>> 0;

  function next(): number {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  function int(maxExclusive: number): number {
    if (maxExclusive <= 0) return 0;
    return Math.floor(next() * maxExclusive);
  }

  return {
    next,
    int,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error("rng.pick: empty list");
      return items[int(items.length)];
    },
    suffix(length = 5) {
      const out: string[] = new Array(length);
      for (let i = 0; i < length; i++) out[i] = SUFFIX_ALPHABET[int(SUFFIX_ALPHABET.length)];
      return out.join("");
    },
    // join builds one flat string; += would leave a chain of rope nodes as long as the id.
    hex(length) {
      const out: string[] = new Array(length);
      for (let i = 0; i < length; i++) out[i] = HEX[int(16)];
      return out.join("");
    },
    state: () => s,
  };
}
