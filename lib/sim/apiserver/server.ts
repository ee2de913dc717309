/**
 * PURPOSE: the simulated kube-apiserver: the only door to the store. Each request
 * goes through authorization (RBAC), namespace lifecycle, defaulting and
 * admission, validation, then a store write; watches fan out through the hub.
 * MODELS: https://kubernetes.io/docs/concepts/overview/kubernetes-api/ and
 * https://kubernetes.io/docs/reference/access-authn-authz/admission-controllers/
 * NOT MODELLED: authentication (the caller names the user), API versions other
 * than the preferred one, server-side apply, managedFields, webhooks.
 */
import { findResource, type ResourceInfo } from "../api/resources";
import type { KubeObject, Namespace, Service } from "../api/types";
import type { Clock } from "../core/clock";
import { deepClone, deepEqual } from "../core/clone";
import { StatusError } from "../core/errors";
import { generateUid } from "../core/ids";
import type { Rng } from "../core/rng";
import { formatTimestamp } from "../core/time";
import type { Store } from "../store/store";
import { createAllocators } from "./allocators";
import { ADMIN_USER, type ApiClient, type UserInfo } from "./client";
import { createDeleteHandler } from "./delete";
import { createListHandlers } from "./list";
import { bootstrapObjects } from "./bootstrap";
import { isAllowed, forbiddenReason, type Attributes, type RbacSource } from "./rbac/authorizer";
import { registerExistingService } from "./service-ips";
import { toTable } from "./tables";
import { createWatchHub } from "./watch-hub";
import { createWriteHandlers } from "./write";

export type ApiServer = { client(user?: UserInfo): ApiClient; store: Store };

export type ServerContext = {
  store: Store;
  clock: Clock;
  rng: Rng;
  info(resource: string): ResourceInfo;
  namespaceOf(info: ResourceInfo, ns: string | undefined): string;
  authorize(user: UserInfo, a: Attributes): void;
  now(): string;
  newUid(): string;
  checkNamespace(info: ResourceInfo, namespace: string): void;
};

export function gr(info: ResourceInfo): { group: string; resource: string } {
  return { group: info.group, resource: info.resource };
}

export function mapStoreError(e: unknown, info: ResourceInfo, name: string): unknown {
  if (e && typeof e === "object" && "code" in e) {
    const code = (e as { code: unknown }).code;
    if (code === "KeyExists") return StatusError.alreadyExists(gr(info), name);
    if (code === "KeyNotFound") return StatusError.notFound(gr(info), name);
    if (code === "Conflict") return StatusError.conflict(gr(info), name);
  }
  return e;
}

/** Equal apart from metadata.resourceVersion and metadata.managedFields; undefined-valued keys count as absent. */
export function sameContent(a: KubeObject, b: KubeObject): boolean {
  for (const k in a) if (k !== "metadata" && !deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  for (const k in b) if (k !== "metadata" && (a as Record<string, unknown>)[k] === undefined && (b as Record<string, unknown>)[k] !== undefined) return false;
  return sameMetadata(a.metadata as Record<string, unknown>, b.metadata as Record<string, unknown>);
}

function sameMetadata(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  for (const k in a) if (k !== "resourceVersion" && k !== "managedFields" && !deepEqual(a[k], b[k])) return false;
  for (const k in b) if (k !== "resourceVersion" && k !== "managedFields" && a[k] === undefined && b[k] !== undefined) return false;
  return true;
}

export function createApiServer(config: { store: Store; clock: Clock; rng: Rng; bootstrap?: boolean }): ApiServer {
  const { store, clock, rng } = config;
  const allocators = createAllocators(rng);
  for (const s of store.list("services")) registerExistingService(allocators, s as Service);
  const hub = createWatchHub(store, clock);

  const rbac: RbacSource = {
    clusterRoleBindings: () => store.list("clusterrolebindings") as never,
    roleBindings: (ns) => store.list("rolebindings", ns) as never,
    clusterRole: (name) => store.get("clusterroles", "", name) as never,
    role: (ns, name) => store.get("roles", ns, name) as never,
  };

  const ctx: ServerContext = {
    store,
    clock,
    rng,
    info(resource) {
      const info = findResource(resource);
      if (!info) {
        throw new StatusError({
          kind: "Status",
          apiVersion: "v1",
          metadata: {},
          status: "Failure",
          message: "the server could not find the requested resource",
          reason: "NotFound",
          details: {},
          code: 404,
        });
      }
      return info;
    },
    namespaceOf(info, ns) {
      if (!info.namespaced) return "";
      return ns === undefined ? "default" : ns;
    },
    authorize(user, a) {
      if (user.groups.includes("system:masters")) return;
      if (!isAllowed(rbac, user, a)) {
        const info = findResource(a.resource);
        const g = { group: info?.group ?? a.group, resource: a.subresource ? `${a.resource}/${a.subresource}` : a.resource };
        throw StatusError.forbidden(g, a.name ?? "", forbiddenReason(user, a));
      }
    },
    now: () => formatTimestamp(clock.now()),
    newUid: () => generateUid(rng),
    checkNamespace(info, namespace) {
      if (!info.namespaced) return;
      const ns = store.get("namespaces", "", namespace) as Namespace | undefined;
      if (!ns) throw StatusError.notFound({ group: "", resource: "namespaces" }, namespace);
      if (ns.metadata.deletionTimestamp || ns.status?.phase === "Terminating") {
        throw StatusError.forbidden(
          gr(info),
          "",
          `unable to create new content in namespace ${namespace} because it is being terminated`,
        );
      }
    },
  };

  const write = createWriteHandlers(ctx, allocators);
  const del = createDeleteHandler(ctx, allocators);
  const read = createListHandlers(ctx, hub);

  function client(user: UserInfo): ApiClient {
    const c: ApiClient = {
      get: (resource, name, opts) => read.get(user, resource, name, opts) as never,
      list: (resource, opts) => read.list(user, resource, opts ?? {}) as never,
      watch: (resource, opts, onEvent) => read.watch(user, resource, opts, onEvent as never),
      create: (resource, obj, opts) => write.create(user, resource, obj, opts ?? {}) as never,
      update: (resource, obj, opts) => write.update(user, resource, obj, opts ?? {}) as never,
      patch: (resource, name, patch, opts) => write.patch(user, resource, name, patch, opts) as never,
      delete: (resource, name, opts) => del(user, resource, name, opts ?? {}),
      table: (resource, objects, opts) => toTable(ctx.info(resource).resource, objects, opts?.now ?? clock.now(), String(store.revision())),
      as: (u) => client(u),
    };
    return c;
  }

  if (config.bootstrap !== false) {
    const admin = client(ADMIN_USER);
    for (const { resource, obj } of bootstrapObjects()) {
      const ns = obj.metadata.namespace;
      const info = ctx.info(resource);
      if (!store.get(info.resource, ns ?? "", obj.metadata.name ?? "")) admin.create(resource, deepClone(obj), { namespace: ns });
    }
  }

  return { client: (user) => client(user ?? ADMIN_USER), store };
}
