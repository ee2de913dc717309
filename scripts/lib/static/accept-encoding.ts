// Content negotiation for the precompressed static files (RFC 9110, section 12.5.3).

export type ContentCoding = "br" | "gzip" | "identity";

const QVALUE = /^(0(\.\d{0,3})?|1(\.0{0,3})?)$/;

/** The q-value of each coding an Accept-Encoding header names, in lower case; malformed entries are ignored. */
export function parseAcceptEncoding(header: string): Map<string, number> {
  const weights = new Map<string, number>();
  for (const entry of header.split(",")) {
    const [name, ...params] = entry.split(";").map((part) => part.trim());
    if (!name) continue;
    let q = 1;
    let malformed = false;
    for (const param of params) {
      const [key, value] = param.split("=").map((part) => part.trim());
      if (key?.toLowerCase() !== "q") continue;
      if (value === undefined || !QVALUE.test(value)) malformed = true;
      else q = Number(value);
    }
    const coding = name.toLowerCase();
    if (!malformed && !weights.has(coding)) weights.set(coding, q);
  }
  return weights;
}

function weightOf(coding: ContentCoding, weights: Map<string, number>): number {
  const named = weights.get(coding) ?? (coding === "gzip" ? weights.get("x-gzip") : undefined);
  if (named !== undefined) return named;
  const wildcard = weights.get("*");
  // The unencoded file is acceptable unless excluded by name or by "*;q=0", but when not named,
  // it ranks below every coding the client did name.
  if (coding === "identity") return wildcard ?? Number.MIN_VALUE;
  return wildcard ?? 0;
}

/**
 * The coding to answer with among `available` (in the server's order of preference): the one the
 * client weighs highest, ties going to the server's order; null when the client accepts none of them.
 * Without an Accept-Encoding header only the unencoded file is sent, as Next does.
 */
export function chooseEncoding(header: string | undefined, available: readonly ContentCoding[]): ContentCoding | null {
  if (header === undefined) return available.includes("identity") ? "identity" : null;
  const weights = parseAcceptEncoding(header);
  let best: ContentCoding | null = null;
  let bestWeight = 0;
  for (const coding of available) {
    const weight = weightOf(coding, weights);
    if (weight > bestWeight) {
      best = coding;
      bestWeight = weight;
    }
  }
  return best;
}
