/**
 * PURPOSE: content negotiation for `kubectl get`: when the client accepts a meta.k8s.io/v1 Table,
 * answer with the API server's per-kind columns and, per row, the object's metadata (or the whole
 * object, or nothing, as includeObject asks).
 * MODELS: https://kubernetes.io/docs/reference/using-api/api-concepts/#receiving-resources-as-tables
 * NOT MODELLED: the v1beta1 Table, Table for kinds without printer columns beyond the default Name/Created At.
 */
import type { ApiClient, Table } from "../apiserver/client";
import type { KubeObject } from "../api/types";
import type { ApiRequest } from "./types";

export const TABLE_CONTENT_TYPE = "application/json;as=Table;v=v1;g=meta.k8s.io";

export function wantsTable(req: ApiRequest): boolean {
  const accept = (req.headers.accept ?? []).join(",");
  return /as=Table/.test(accept) && /g=meta\.k8s\.io/.test(accept);
}

function rowObject(obj: KubeObject, include: string): unknown {
  if (include === "Object") return obj;
  return { kind: "PartialObjectMetadata", apiVersion: "meta.k8s.io/v1", metadata: obj.metadata };
}

/** A Table of the objects; list metadata (continue, remainingItemCount) is carried over. */
export function tableOf(
  api: ApiClient,
  resource: string,
  objects: KubeObject[],
  query: Record<string, string>,
  listMeta: { resourceVersion: string; continue?: string; remainingItemCount?: number },
): unknown {
  const table: Table = api.table(resource, objects);
  const include = query.includeObject ?? "Metadata";
  return {
    kind: "Table",
    apiVersion: "meta.k8s.io/v1",
    metadata: {
      resourceVersion: listMeta.resourceVersion,
      ...(listMeta.continue ? { continue: listMeta.continue } : {}),
      ...(listMeta.remainingItemCount !== undefined ? { remainingItemCount: listMeta.remainingItemCount } : {}),
    },
    columnDefinitions: table.columnDefinitions,
    rows: table.rows.map((r) => ({ cells: r.cells, ...(include === "None" ? {} : { object: rowObject(r.object, include) }) })),
  };
}
