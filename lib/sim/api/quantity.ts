/**
 * PURPOSE: resource quantities (`250m`, `1.5`, `128Mi`, `1G`) as numbers.
 * MODELS: https://kubernetes.io/docs/reference/kubernetes-api/common-definitions/quantity/
 * NOT MODELLED: canonical re-serialization of decimal and fractional amounts.
 */

const SUFFIX: Record<string, number> = {
  n: 1e-9,
  u: 1e-6,
  m: 1e-3,
  "": 1,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
  Ki: 1024,
  Mi: 1024 ** 2,
  Gi: 1024 ** 3,
  Ti: 1024 ** 4,
  Pi: 1024 ** 5,
  Ei: 1024 ** 6,
};

export function isValidQuantity(q: string | number): boolean {
  return parseQuantityOrNaN(q) === parseQuantityOrNaN(q);
}

function parseQuantityOrNaN(q: string | number): number {
  if (typeof q === "number") return q;
  const m = /^([+-]?(?:\d+\.?\d*|\.\d+))(?:[eE]([+-]?\d+))?([a-zA-Z]*)$/.exec(q.trim());
  if (!m) return NaN;
  const mult = SUFFIX[m[3]];
  if (mult === undefined) return NaN;
  return Number(m[1]) * (m[2] ? 10 ** Number(m[2]) : 1) * mult;
}

export function parseQuantity(q: string | number | undefined): number {
  if (q === undefined) return 0;
  const v = parseQuantityOrNaN(q);
  if (Number.isNaN(v)) throw new Error(`quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'`);
  return v;
}

export function cpuMilli(q: string | number | undefined): number {
  return Math.ceil(Math.round(parseQuantity(q) * 1e6) / 1e3);
}

export function memoryBytes(q: string | number | undefined): number {
  return Math.ceil(parseQuantity(q));
}

export function formatMilli(milli: number): string {
  return milli % 1000 === 0 ? String(milli / 1000) : `${milli}m`;
}

const BINARY = ["", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"];

/**
 * A quantity as the API machinery prints it after parsing: binary amounts take the largest suffix that keeps
 * the number whole (`4112384Ki` is `4016Mi`), amounts under 1024 and other forms print as written.
 */
export function canonicalQuantity(q: string): string {
  const m = /^(\d+)(Ki|Mi|Gi|Ti|Pi|Ei)$/.exec(q.trim());
  if (!m) return q;
  let amount = BigInt(m[1]) * 1024n ** BigInt(BINARY.indexOf(m[2]));
  if (amount < 1024n) return String(amount);
  let k = 0;
  while (k < BINARY.length - 1 && amount % 1024n === 0n) {
    amount /= 1024n;
    k++;
  }
  return `${amount}${BINARY[k]}`;
}
