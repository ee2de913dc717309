/**
 * PURPOSE: `-o custom-columns=HEADER:.json.path,...`: one column per spec, several values joined
 * by commas, `<none>` when the path finds nothing, laid out like kubectl tables.
 * MODELS: https://kubernetes.io/docs/reference/kubectl/#custom-columns
 * NOT MODELLED: custom-columns-file.
 */
import { evaluate, formatValue, parsePath } from "./jsonpath";
import { formatRows } from "./tabwriter";

export type CustomColumn = { header: string; path: string };

export class CustomColumnsError extends Error {}

export function parseCustomColumns(spec: string): CustomColumn[] {
  if (spec === "") throw new CustomColumnsError("custom-columns format specified but no custom columns given");
  return spec.split(",").map((part) => {
    const colon = part.indexOf(":");
    if (colon < 0) throw new CustomColumnsError(`unexpected custom-columns spec: ${part}, expected <header>:<json-path-expr>`);
    return { header: part.slice(0, colon), path: part.slice(colon + 1) };
  });
}

export function printCustomColumns(columns: CustomColumn[], objects: unknown[], noHeaders: boolean): string {
  const paths = columns.map((c) => parsePath(stripBraces(c.path)));
  const rows = objects.map((obj) =>
    paths.map((p) => {
      const found = evaluate(p, [obj]);
      return found.length === 0 ? "<none>" : found.map(formatValue).join(",");
    }),
  );
  return formatRows(noHeaders ? rows : [columns.map((c) => c.header), ...rows]);
}

function stripBraces(path: string): string {
  const inner = path.startsWith("{") && path.endsWith("}") ? path.slice(1, -1) : path;
  return inner.startsWith(".") || inner.startsWith("[") ? inner : `.${inner}`;
}
