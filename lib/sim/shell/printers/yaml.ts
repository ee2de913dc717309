/**
 * PURPOSE: `-o yaml` as kubectl prints it: the object is marshalled to JSON and re-emitted as YAML,
 * so map keys come out sorted, sequences sit at their parent's indentation, strings that would
 * read as another type are double-quoted, strings YAML cannot hold plainly are single-quoted,
 * and multi-line strings become literal blocks.
 * MODELS: https://kubernetes.io/docs/reference/kubectl/#output-options (sigs.k8s.io/yaml on go-yaml v2)
 * NOT MODELLED: folding of long plain strings at 80 columns.
 */

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export function toYaml(value: unknown): string {
  const normalized = normalize(value);
  if (normalized === undefined) return "null\n";
  return emit(normalized, 0).join("\n") + "\n";
}

/** Drops `undefined` and functions the way JSON.stringify would before kubectl sees the object. */
export function normalize(value: unknown): JsonValue | undefined {
  if (value === null) return null;
  if (value === undefined || typeof value === "function") return undefined;
  if (typeof value === "boolean" || typeof value === "string") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (Array.isArray(value)) return value.map((v) => normalize(v) ?? null);
  if (typeof value === "object") {
    const out: { [key: string]: JsonValue } = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const n = normalize(v);
      if (n !== undefined) out[k] = n;
    }
    return out;
  }
  return undefined;
}

function isScalar(value: JsonValue): boolean {
  return value === null || typeof value !== "object" || (Array.isArray(value) ? value.length === 0 : Object.keys(value).length === 0);
}

function emit(value: JsonValue, indent: number): string[] {
  const pad = " ".repeat(indent);
  if (isScalar(value)) return [pad + scalar(value, indent)];
  if (Array.isArray(value)) {
    const lines: string[] = [];
    for (const item of value) {
      if (isScalar(item)) {
        lines.push(`${pad}- ${scalar(item, indent + 2)}`);
        continue;
      }
      const inner = emit(item, indent + 2);
      lines.push(`${pad}- ${inner[0].slice(indent + 2)}`, ...inner.slice(1));
    }
    return lines;
  }
  const map = value as { [key: string]: JsonValue };
  const lines: string[] = [];
  for (const key of Object.keys(map).sort(compareKeys)) {
    const child = map[key];
    const k = scalarString(key, indent);
    if (isScalar(child)) lines.push(...fold(`${pad}${k}: `, scalar(child, indent + 2), indent + 2));
    else lines.push(`${pad}${k}:`, ...emit(child, Array.isArray(child) ? indent : indent + 2));
  }
  return lines;
}

const BEST_WIDTH = 80;

/**
 * go-yaml's line folding of plain and single-quoted values: past column 80, a single space becomes a line
 * break and the text goes on at the value's indentation (`message: 'a long ... text` then `  more'`).
 */
function fold(prefix: string, text: string, indent: number): string[] {
  if (text.startsWith('"') || text.startsWith("|") || prefix.length + text.length <= BEST_WIDTH) return [prefix + text];
  const lines: string[] = [];
  let line = prefix;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === " " && text[i - 1] !== " " && text[i + 1] !== " " && i + 1 < text.length && line.length > BEST_WIDTH) {
      lines.push(line);
      line = " ".repeat(indent);
      continue;
    }
    line += ch;
  }
  return [...lines, line];
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function scalar(value: JsonValue, indent: number): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "[]";
  if (typeof value === "object") return "{}";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") return formatNumber(value);
  return scalarString(value, indent);
}

function formatNumber(n: number): string {
  if (Number.isInteger(n)) return String(n);
  const s = String(n);
  return s.includes("e") ? s.replace("e+", "e+") : s;
}

function scalarString(s: string, indent: number): string {
  if (s.includes("\n")) return literalBlock(s, indent);
  if (s === "") return '""';
  if (resolvesToNonString(s)) return `"${s}"`;
  if (!canBePlain(s)) return needsDoubleQuotes(s) ? JSON.stringify(s) : `'${s.replace(/'/g, "''")}'`;
  return s;
}

function literalBlock(s: string, indent: number): string {
  const trailing = /\n+$/.exec(s)?.[0].length ?? 0;
  const indicator = trailing === 0 ? "|-" : trailing === 1 ? "|" : "|+";
  const body = trailing === 0 ? s : s.slice(0, s.length - trailing);
  const pad = " ".repeat(indent);
  const lines = body.split("\n").map((l) => (l === "" ? "" : pad + l));
  const extra = trailing > 1 ? Array.from({ length: trailing - 1 }, () => "") : [];
  const lead = /^\s/.test(body) ? String(indent > 0 ? 2 : 2) : "";
  return [`${indicator.slice(0, 1)}${lead}${indicator.slice(1)}`, ...lines, ...extra].join("\n");
}

const BOOL_OR_NULL = new Set([
  "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
  "on", "On", "ON", "off", "Off", "OFF", "null", "Null", "NULL", "~",
]);

function resolvesToNonString(s: string): boolean {
  if (BOOL_OR_NULL.has(s)) return true;
  if (/^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/.test(s)) return true;
  if (/^[-+]?0x[0-9a-fA-F]+$/.test(s) || /^[-+]?0b[01]+$/.test(s) || /^0o?[0-7]+$/.test(s)) return true;
  if (/^[-+]?\.(inf|Inf|INF)$/.test(s) || /^\.(nan|NaN|NAN)$/.test(s)) return true;
  if (/^[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?$/.test(s)) return true;
  return /^\d{4}-\d{1,2}-\d{1,2}([Tt ]\d{1,2}:\d{2}:\d{2}(\.\d*)?\s*(Z|[-+]\d{1,2}(:\d{2})?)?)?$/.test(s);
}

function needsDoubleQuotes(s: string): boolean {
  for (const ch of s) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

function canBePlain(s: string): boolean {
  if (needsDoubleQuotes(s)) return false;
  if (/^\s|\s$/.test(s)) return false;
  const first = s[0];
  if ("[]{},#&*!|>'\"%@`".includes(first)) return false;
  if ((first === "-" || first === "?" || first === ":") && (s.length === 1 || s[1] === " ")) return false;
  if (s.includes(": ") || s.includes(" #") || s.endsWith(":")) return false;
  if (s.startsWith("---") || s.startsWith("...")) return false;
  return true;
}
