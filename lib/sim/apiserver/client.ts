/**
 * PURPOSE: the typed, synchronous client every component and the shell use to
 * talk to the simulated API server; errors are thrown as StatusError.
 * MODELS: client-go's dynamic client, https://kubernetes.io/docs/reference/using-api/api-concepts/
 * NOT MODELLED: HTTP, content negotiation, protobuf, server-side apply.
 */
import type { KubeObject } from "../api/types";

export type UserInfo = { username: string; groups: string[] };

/** subresource "scale" answers with the workload's autoscaling/v1 Scale; "status" with the object. */
export type GetOptions = { namespace?: string; subresource?: "status" | "scale" };

export type ListOptions = {
  namespace?: string;
  labelSelector?: string;
  fieldSelector?: string;
  limit?: number;
  continue?: string;
};

export type WatchEvent<T = KubeObject> = { type: "ADDED" | "MODIFIED" | "DELETED"; object: T };

export type ListResult<T> = { items: T[]; resourceVersion: string; continue?: string; remainingItemCount?: number };

export type WriteOptions = { namespace?: string; dryRun?: boolean; subresource?: "status" | "scale" };

export type PatchType = "merge" | "json" | "strategic";

export type DeleteOptions = {
  namespace?: string;
  dryRun?: boolean;
  propagationPolicy?: "Foreground" | "Background" | "Orphan";
  gracePeriodSeconds?: number;
};

export type TableColumn = { name: string; type: string; format: string; description: string; priority: number };

export type TableRow = { cells: (string | number)[]; object: KubeObject };

export type Table = {
  kind: "Table";
  apiVersion: "meta.k8s.io/v1";
  metadata: { resourceVersion: string };
  columnDefinitions: TableColumn[];
  rows: TableRow[];
};

export type ApiClient = {
  get<T extends KubeObject = KubeObject>(resource: string, name: string, opts?: GetOptions): T;
  list<T extends KubeObject = KubeObject>(resource: string, opts?: ListOptions): ListResult<T>;
  create<T extends KubeObject>(resource: string, obj: T, opts?: WriteOptions): T;
  update<T extends KubeObject>(resource: string, obj: T, opts?: WriteOptions): T;
  patch<T extends KubeObject = KubeObject>(
    resource: string,
    name: string,
    patch: unknown,
    opts: WriteOptions & { type: PatchType },
  ): T;
  delete(resource: string, name: string, opts?: DeleteOptions): KubeObject;
  watch<T extends KubeObject = KubeObject>(
    resource: string,
    opts: ListOptions & { resourceVersion?: string },
    onEvent: (e: WatchEvent<T>) => void,
  ): () => void;
  table(resource: string, objects: KubeObject[], opts?: { now?: number }): Table;
  as(user: UserInfo): ApiClient;
};

export const ADMIN_USER: UserInfo = { username: "kubernetes-admin", groups: ["system:masters", "system:authenticated"] };
