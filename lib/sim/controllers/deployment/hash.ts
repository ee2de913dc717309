/**
 * PURPOSE: the pod-template-hash label: FNV-32a over the pod template (and the
 * collision count), written as decimal and mapped onto Kubernetes' safe alphabet.
 * MODELS: https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#pod-template-hash-label
 * NOT MODELLED: byte-identical hashes to a real cluster (the real input is Go's
 * spew dump of the struct; here it is a canonical JSON).
 */
import { stableStringify } from "../../core/clone";
import { SUFFIX_ALPHABET } from "../../core/rng";
import type { PodTemplateSpec } from "../../api/types";

export function fnv32a(text: string): number {
  let h = 0x811c9dc5;
  const mix = (b: number): void => {
    h = Math.imul(h ^ b, 0x01000193) >>> 0;
  };
  // Hashes the UTF-8 bytes of the text, encoded on the fly.
  for (let i = 0; i < text.length; i++) {
    const c = text.codePointAt(i) as number;
    if (c < 0x80) mix(c);
    else if (c < 0x800) {
      mix(0xc0 | (c >> 6));
      mix(0x80 | (c & 63));
    } else if (c < 0x10000) {
      mix(0xe0 | (c >> 12));
      mix(0x80 | ((c >> 6) & 63));
      mix(0x80 | (c & 63));
    } else {
      mix(0xf0 | (c >> 18));
      mix(0x80 | ((c >> 12) & 63));
      mix(0x80 | ((c >> 6) & 63));
      mix(0x80 | (c & 63));
      i++; // a code point above U+FFFF takes two UTF-16 units
    }
  }
  return h >>> 0;
}

/** rand.SafeEncodeString: each character's code modulo the alphabet length. */
export function safeEncode(s: string): string {
  let out = "";
  for (const ch of s) out += SUFFIX_ALPHABET[(ch.codePointAt(0) as number) % SUFFIX_ALPHABET.length];
  return out;
}

export function podTemplateHash(template: PodTemplateSpec, collisionCount?: number): string {
  const labels = { ...(template.metadata?.labels ?? {}) };
  delete labels["pod-template-hash"];
  const canonical = stableStringify({ ...template, metadata: { ...(template.metadata ?? {}), labels } });
  const input = collisionCount ? `${canonical}${collisionCount}` : canonical;
  return safeEncode(String(fnv32a(input)));
}
