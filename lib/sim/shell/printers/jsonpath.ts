/**
 * PURPOSE: kubectl's JSONPath templates for `-o jsonpath=` and custom columns: fields, wildcards,
 * indexes and slices, recursive descent, filters, `{range}...{end}` and quoted literals.
 * MODELS: https://kubernetes.io/docs/reference/kubectl/jsonpath/
 * NOT MODELLED: union of several fields (`[a,b]`) and regular-expression filters.
 */

type Segment =
  | { kind: "field"; name: string }
  | { kind: "recursive"; name: string }
  | { kind: "wildcard" }
  | { kind: "index"; index: number }
  | { kind: "slice"; start?: number; end?: number }
  | { kind: "filter"; path: Segment[]; op?: string; value?: string | number };

type Node = { kind: "text"; text: string } | { kind: "path"; path: Segment[] } | { kind: "range"; path: Segment[]; body: Node[] };

export class JsonPathError extends Error {}

export function parseJsonPath(template: string): Node[] {
  const tokens = splitActions(template);
  const [nodes, rest] = parseNodes(tokens, 0, false);
  if (rest !== tokens.length) throw new JsonPathError("not in range, nothing to end");
  return nodes;
}

type Action = { action: boolean; text: string };

function splitActions(template: string): Action[] {
  const out: Action[] = [];
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf("{", i);
    if (open < 0) {
      out.push({ action: false, text: template.slice(i) });
      break;
    }
    if (open > i) out.push({ action: false, text: template.slice(i, open) });
    let depth = 0;
    let quote = "";
    let j = open;
    for (; j < template.length; j++) {
      const ch = template[j];
      if (quote) {
        if (ch === "\\") j++;
        else if (ch === quote) quote = "";
      } else if (ch === '"' || ch === "'") quote = ch;
      else if (ch === "{") depth++;
      else if (ch === "}" && --depth === 0) break;
    }
    if (j >= template.length) throw new JsonPathError(`unclosed action`);
    out.push({ action: true, text: template.slice(open + 1, j).trim() });
    i = j + 1;
  }
  return out;
}

function parseNodes(actions: Action[], start: number, inRange: boolean): [Node[], number] {
  const nodes: Node[] = [];
  let i = start;
  while (i < actions.length) {
    const a = actions[i];
    if (!a.action) {
      nodes.push({ kind: "text", text: a.text });
      i++;
      continue;
    }
    if (a.text === "end") {
      if (!inRange) throw new JsonPathError("not in range, nothing to end");
      return [nodes, i];
    }
    if (a.text.startsWith("range ")) {
      const [body, endAt] = parseNodes(actions, i + 1, true);
      if (endAt >= actions.length) throw new JsonPathError("unclosed range");
      nodes.push({ kind: "range", path: parsePath(a.text.slice(6).trim()), body });
      i = endAt + 1;
      continue;
    }
    const literal = /^(["'])(.*)\1$/s.exec(a.text);
    if (literal) nodes.push({ kind: "text", text: unescape(literal[2]) });
    else nodes.push({ kind: "path", path: parsePath(a.text) });
    i++;
  }
  return [nodes, i];
}

function unescape(text: string): string {
  return text.replace(/\\([ntr"'\\])/g, (_m, c: string) => ({ n: "\n", t: "\t", r: "\r" })[c] ?? c);
}

export function parsePath(text: string): Segment[] {
  const segments: Segment[] = [];
  let i = 0;
  if (text[0] === "$" || text[0] === "@") i = 1;
  while (i < text.length) {
    const ch = text[i];
    if (ch === ".") {
      const recursive = text[i + 1] === ".";
      i += recursive ? 2 : 1;
      let name = "";
      while (i < text.length && text[i] !== "." && text[i] !== "[") {
        if (text[i] === "\\" && i + 1 < text.length) i++;
        name += text[i++];
      }
      if (name === "*") segments.push({ kind: "wildcard" });
      else if (name !== "") segments.push(recursive ? { kind: "recursive", name } : { kind: "field", name });
      continue;
    }
    if (ch === "[") {
      const close = findClose(text, i);
      segments.push(parseBracket(text.slice(i + 1, close).trim()));
      i = close + 1;
      continue;
    }
    let name = "";
    while (i < text.length && text[i] !== "." && text[i] !== "[") name += text[i++];
    segments.push({ kind: "field", name });
  }
  return segments;
}

function findClose(text: string, open: number): number {
  let depth = 0;
  let quote = "";
  for (let j = open; j < text.length; j++) {
    const ch = text[j];
    if (quote) {
      if (ch === quote) quote = "";
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === "[") depth++;
    else if (ch === "]" && --depth === 0) return j;
  }
  throw new JsonPathError(`unterminated array`);
}

function parseBracket(inner: string): Segment {
  if (inner === "*") return { kind: "wildcard" };
  const quoted = /^(["'])(.*)\1$/.exec(inner);
  if (quoted) return { kind: "field", name: quoted[2] };
  if (inner.startsWith("?(") && inner.endsWith(")")) {
    const expr = inner.slice(2, -1).trim();
    const m = /^(@[^=!<>]*?)\s*(==|!=|<=|>=|<|>)\s*(.+)$/.exec(expr);
    if (!m) return { kind: "filter", path: parsePath(expr) };
    const raw = m[3].trim();
    const str = /^(["'])(.*)\1$/.exec(raw);
    return { kind: "filter", path: parsePath(m[1].trim()), op: m[2], value: str ? str[2] : Number(raw) };
  }
  if (inner.includes(":")) {
    const [a, b] = inner.split(":");
    return { kind: "slice", start: a.trim() === "" ? undefined : Number(a), end: b.trim() === "" ? undefined : Number(b) };
  }
  const index = Number(inner);
  if (!Number.isInteger(index)) throw new JsonPathError(`invalid array index ${inner}`);
  return { kind: "index", index };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export function evaluate(path: Segment[], roots: unknown[]): unknown[] {
  let current = roots;
  for (const seg of path) {
    const next: unknown[] = [];
    for (const value of current) applySegment(seg, value, next);
    current = next;
  }
  return current;
}

function applySegment(seg: Segment, value: unknown, out: unknown[]): void {
  switch (seg.kind) {
    case "field":
      if (isRecord(value) && seg.name in value && value[seg.name] !== undefined) out.push(value[seg.name]);
      return;
    case "wildcard":
      if (Array.isArray(value)) out.push(...value);
      else if (isRecord(value)) out.push(...Object.keys(value).sort().map((k) => value[k]));
      return;
    case "index":
      if (Array.isArray(value)) {
        const i = seg.index < 0 ? value.length + seg.index : seg.index;
        if (i >= 0 && i < value.length) out.push(value[i]);
        else throw new JsonPathError(`array index out of bounds: index ${seg.index}, length ${value.length}`);
      }
      return;
    case "slice":
      if (Array.isArray(value)) out.push(...value.slice(seg.start ?? 0, seg.end ?? value.length));
      return;
    case "recursive":
      collectRecursive(seg.name, value, out);
      return;
    case "filter":
      if (!Array.isArray(value)) return;
      for (const item of value) if (matches(seg, item)) out.push(item);
  }
}

function collectRecursive(name: string, value: unknown, out: unknown[]): void {
  if (isRecord(value)) {
    if (name in value) out.push(value[name]);
    for (const k of Object.keys(value).sort()) collectRecursive(name, value[k], out);
  } else if (Array.isArray(value)) for (const v of value) collectRecursive(name, v, out);
}

function matches(seg: Extract<Segment, { kind: "filter" }>, item: unknown): boolean {
  const found = evaluate(seg.path, [item]);
  if (seg.op === undefined) return found.length > 0;
  return found.some((v) => {
    const left = typeof seg.value === "number" ? Number(v) : String(v);
    const right = seg.value as string | number;
    switch (seg.op) {
      case "==":
        return left === right;
      case "!=":
        return left !== right;
      case "<":
        return left < right;
      case ">":
        return left > right;
      case "<=":
        return left <= right;
      default:
        return left >= right;
    }
  });
}

/** Scalars print as text, maps and lists as compact JSON; several results are space-separated. */
export function formatResults(values: unknown[]): string {
  return values.map(formatValue).join(" ");
}

export function formatValue(v: unknown): string {
  if (typeof v === "string") return v;
  if (v === null || v === undefined) return "";
  if (typeof v === "object") return JSON.stringify(v);
  return String(v);
}

export function executeJsonPath(nodes: Node[], data: unknown): string {
  let out = "";
  for (const node of nodes) {
    if (node.kind === "text") out += node.text;
    else if (node.kind === "path") out += formatResults(evaluate(node.path, [data]));
    else for (const item of evaluate(node.path, [data])) out += executeJsonPath(node.body, item);
  }
  return out;
}

export function renderJsonPath(template: string, data: unknown): string {
  return executeJsonPath(parseJsonPath(template), data);
}
