// PURPOSE: image pulls as containerd reports them to the kubelet: duration by size, and the real failure texts.
// MODELS: image pull, https://kubernetes.io/docs/concepts/containers/images/#serial-and-parallel-image-pulls
// NOT MODELLED: parallel pulls (serializeImagePulls=true, the kubelet default), bandwidth sharing, partial layers.

import { resolveImage, type RegistryImage } from "./registry";

/** A simulated link of about 20 MB/s plus a round trip to resolve the manifest. */
const BYTES_PER_MS = 20_000;
const RESOLVE_MS = 700;

export type PullOutcome =
  | { ok: true; image: RegistryImage; durationMs: number }
  | { ok: false; message: string; durationMs: number };

export function planPull(reference: string): PullOutcome {
  const result = resolveImage(reference);
  if (result.ok) {
    return { ok: true, image: result.image, durationMs: RESOLVE_MS + Math.round(result.image.compressedBytes / BYTES_PER_MS) };
  }
  const name = result.ref.canonical;
  const message =
    result.reason === "not-found"
      ? `rpc error: code = NotFound desc = failed to pull and unpack image "${name}": failed to resolve reference "${name}": ${name}: not found`
      : `rpc error: code = Unknown desc = failed to pull and unpack image "${name}": failed to resolve reference "${name}": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed`;
  return { ok: false, message, durationMs: RESOLVE_MS };
}
