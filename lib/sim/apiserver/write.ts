/**
 * PURPOSE: the write verbs: create, update (compare-and-swap), patch, and the
 * status, scale and binding subresources, with defaulting, admission and validation.
 * MODELS: https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions and
 * https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#create-binding-of-a-pod
 * NOT MODELLED: server-side apply and field managers, create-on-update.
 */
import { apiVersionOf, type ResourceInfo } from "../api/resources";
import type { Binding, Deployment, Event, KubeObject, ObjectMeta, Pod, PodCondition, Scale, Service } from "../api/types";
import { cloneUnfrozen, copyOf, deepClone, deepEqual } from "../core/clone";
import { StatusError } from "../core/errors";
import type { Allocators } from "./allocators";
import type { PatchType, UserInfo, WriteOptions } from "./client";
import { applyDefaults, hasDefaults } from "./defaults";
import { admitNewPod } from "./defaults/pod";
import { applyPatch, mergePatch } from "./patch";
import { HAS_SCALE, toScale } from "./scale";
import { gr, mapStoreError, sameContent, type ServerContext } from "./server";
import { allocateServiceAddresses } from "./service-ips";
import { validateCreate, validateUpdate } from "./validation";

const HAS_STATUS = new Set([
  "pods",
  "deployments",
  "replicasets",
  "daemonsets",
  "services",
  "horizontalpodautoscalers",
  "nodes",
  "namespaces",
]);
const HAS_GENERATION = new Set(["deployments", "replicasets", "daemonsets", "horizontalpodautoscalers", "networkpolicies"]);

// Metadata an update cannot change: the stored object's values win over the ones sent.
const SERVER_OWNED_METADATA = ["name", "namespace", "uid", "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds", "generation"] as const;
const SERVER_OWNED = new Set<string>(SERVER_OWNED_METADATA);

/**
 * The sent metadata with the server-owned fields taken from the stored version, in the order a spread would
 * give. Built key by key rather than by spreading and deleting: deleted keys leave an object in V8's slow
 * dictionary mode, and every stored object is copied and frozen afterwards.
 */
function withServerOwnedMetadata(sent: ObjectMeta, stored: ObjectMeta): ObjectMeta {
  const from = sent as Record<string, unknown>;
  const keep = stored as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k in from) {
    const v = SERVER_OWNED.has(k) ? ownedValue(keep, k) : from[k];
    if (v !== undefined) out[k] = v;
  }
  for (const k of SERVER_OWNED_METADATA) {
    if (!(k in out)) {
      const v = ownedValue(keep, k);
      if (v !== undefined) out[k] = v;
    }
  }
  return out as ObjectMeta;
}

function ownedValue(stored: Record<string, unknown>, key: string): unknown {
  return key === "namespace" && !stored.namespace ? undefined : stored[key];
}

export function createWriteHandlers(ctx: ServerContext, allocators: Allocators) {
  const { store, rng } = ctx;
  let eventSeq = 0;

  function eventSuffix(): string {
    const nanos = BigInt(ctx.clock.now()) * 1_000_000n + BigInt(eventSeq++ % 1_000_000);
    return nanos.toString(16).padStart(16, "0");
  }

  // Names are built with join: a concatenation is a rope that every map lookup by that name walks again.
  function resolveName(info: ResourceInfo, obj: KubeObject, ns: string): void {
    const meta = obj.metadata;
    if (meta.name || !meta.generateName) return;
    if (info.resource === "events" && meta.generateName.endsWith(".")) {
      meta.name = [meta.generateName, eventSuffix()].join("");
      return;
    }
    for (let i = 0; i < 8; i++) {
      const candidate = [meta.generateName, rng.suffix(5)].join("");
      if (!store.get(info.resource, ns, candidate)) {
        meta.name = candidate;
        return;
      }
    }
    meta.name = [meta.generateName, rng.suffix(5)].join("");
  }

  /**
   * The object to create, private to this request. Defaulting may write anywhere, so kinds with defaults get a
   * whole copy; the others are written here only at the top and in the metadata, so frozen parts of what was
   * sent (an Event's shared source and involved object) are stored as they are.
   */
  function privateCopy(info: ResourceInfo, input: KubeObject): KubeObject {
    if (hasDefaults(info.resource)) return deepClone(input);
    const shared = cloneUnfrozen(input);
    const obj = shared === input ? copyOf(input) : shared;
    if (obj.metadata && Object.isFrozen(obj.metadata)) obj.metadata = copyOf(obj.metadata);
    return obj;
  }

  function prepareCreate(info: ResourceInfo, input: KubeObject, ns: string): KubeObject {
    const obj = privateCopy(info, input);
    obj.apiVersion ||= apiVersionOf(info);
    obj.kind ||= info.kind;
    obj.metadata = obj.metadata ?? {};
    if (info.namespaced) {
      if (obj.metadata.namespace && obj.metadata.namespace !== ns) {
        throw StatusError.badRequest("the namespace of the provided object does not match the namespace sent on the request");
      }
      obj.metadata.namespace = ns;
    } else delete obj.metadata.namespace;
    resolveName(info, obj, ns);
    delete obj.metadata.resourceVersion;
    delete obj.metadata.deletionTimestamp;
    delete obj.metadata.deletionGracePeriodSeconds;
    if (HAS_STATUS.has(info.resource) && info.resource !== "nodes" && info.resource !== "namespaces") delete obj.status;
    applyDefaults(info.resource, obj);
    if (info.resource === "pods" && (obj as Pod).spec) admitNewPod(obj as Pod, rng.suffix(5));
    if (info.resource === "events") {
      const ev = obj as Event;
      ev.firstTimestamp ??= ctx.now();
      ev.lastTimestamp ??= ev.firstTimestamp;
      ev.count ??= 1;
      ev.type ??= "Normal";
    }
    return obj;
  }

  function fail(info: ResourceInfo, name: string, errs: ReturnType<typeof validateCreate>): never {
    throw StatusError.invalid(info.kind, name, errs, info.group);
  }

  function create(user: UserInfo, resource: string, input: KubeObject, opts: WriteOptions): KubeObject {
    const info = ctx.info(resource);
    const ns = ctx.namespaceOf(info, opts.namespace ?? (info.namespaced ? input.metadata?.namespace : undefined));
    if (info.resource === "bindings") return bind(user, input as Binding, ns, opts);
    ctx.authorize(user, { verb: "create", group: info.group, resource: info.resource, namespace: ns || undefined, name: input.metadata?.name });
    ctx.checkNamespace(info, ns);
    const obj = prepareCreate(info, input, ns);
    const name = obj.metadata.name ?? "";
    const errs = validateCreate(info, obj);
    if (errs.length > 0) fail(info, name, errs);
    if (store.get(info.resource, ns, name)) throw StatusError.alreadyExists(gr(info), name);
    obj.metadata.uid = ctx.newUid();
    obj.metadata.creationTimestamp = ctx.now();
    if (HAS_GENERATION.has(info.resource)) obj.metadata.generation = 1;
    if (opts.dryRun) return obj;
    if (info.resource === "services") allocateServiceAddresses(allocators, obj as Service, undefined);
    try {
      return store.create(info.resource, obj);
    } catch (e) {
      throw mapStoreError(e, info, name);
    }
  }

  function finishDeletionIfDone(info: ResourceInfo, obj: KubeObject): boolean {
    if (!obj.metadata.deletionTimestamp || (obj.metadata.finalizers ?? []).length > 0) return false;
    if (info.resource === "namespaces" && ((obj.spec as { finalizers?: string[] } | undefined)?.finalizers ?? []).length > 0) return false;
    return info.resource !== "pods" || !(obj as Pod).spec.nodeName || (obj.metadata.deletionGracePeriodSeconds ?? 0) === 0;
  }

  /** The common tail of update and patch: obj is a private, already merged copy. */
  function commitUpdate(info: ResourceInfo, obj: KubeObject, existing: KubeObject, opts: WriteOptions): KubeObject {
    const name = existing.metadata.name ?? "";
    const expected = obj.metadata.resourceVersion;
    if (expected && expected !== existing.metadata.resourceVersion) throw StatusError.conflict(gr(info), name);
    const keep = existing.metadata;
    if (opts.subresource === "status") {
      // Only status changes: the new version shares the stored metadata and spec (frozen; the store stamps a copy).
      const status = obj.status;
      const next = copyOf(existing);
      next.status = status;
      if (status === undefined) delete next.status;
      obj = next;
    } else {
      obj.apiVersion = existing.apiVersion;
      obj.kind = existing.kind;
      // A merge patch that leaves the metadata alone (a Lease renewal) hands back the stored, frozen metadata.
      const storedMetadata = obj.metadata === keep;
      if (!storedMetadata) obj.metadata = withServerOwnedMetadata(obj.metadata, keep);
      if (HAS_STATUS.has(info.resource)) {
        if (existing.status === undefined) delete obj.status;
        else obj.status = existing.status;
      }
      applyDefaults(info.resource, obj);
      const errs = validateUpdate(info, obj, existing);
      if (errs.length > 0) fail(info, name, errs);
      if (HAS_GENERATION.has(info.resource) && !deepEqual(obj.spec ?? null, existing.spec ?? null)) {
        if (storedMetadata) obj.metadata = copyOf(keep);
        obj.metadata.generation = (existing.metadata.generation ?? 1) + 1;
      }
      if (!storedMetadata) obj.metadata.resourceVersion = existing.metadata.resourceVersion;
    }
    if (info.resource === "events") {
      const ev = obj as Event;
      const prev = existing as Event;
      if ((ev.count ?? 1) > (prev.count ?? 1) && ev.lastTimestamp === prev.lastTimestamp) ev.lastTimestamp = ctx.now();
    }
    if (opts.dryRun) return obj;
    if (finishDeletionIfDone(info, obj)) {
      return store.delete(info.resource, keep.namespace ?? "", name);
    }
    if (opts.subresource === "status" ? deepEqual(obj.status, existing.status) : sameContent(obj, existing)) {
      return existing;
    }
    if (info.resource === "services" && opts.subresource !== "status") {
      allocateServiceAddresses(allocators, obj as Service, existing as Service);
    }
    try {
      return store.update(info.resource, obj, existing.metadata.resourceVersion);
    } catch (e) {
      throw mapStoreError(e, info, name);
    }
  }

  function getExisting(info: ResourceInfo, ns: string, name: string): KubeObject {
    const existing = store.get(info.resource, ns, name);
    if (!existing) throw StatusError.notFound(gr(info), name);
    return existing;
  }

  function verbFor(opts: WriteOptions, verb: string, info: ResourceInfo, ns: string, name: string) {
    return { verb, group: info.group, resource: info.resource, subresource: opts.subresource, namespace: ns || undefined, name };
  }

  function updateScale(info: ResourceInfo, existing: KubeObject, scale: Scale, opts: WriteOptions): Scale {
    if (!HAS_SCALE.has(info.resource)) throw StatusError.notFound(gr(info), existing.metadata.name ?? "");
    if (scale.metadata?.resourceVersion && scale.metadata.resourceVersion !== existing.metadata.resourceVersion) {
      throw StatusError.conflict(gr(info), existing.metadata.name ?? "");
    }
    const replicas = scale.spec?.replicas ?? 0;
    if (replicas < 0) {
      throw StatusError.invalid("Scale", existing.metadata.name ?? "", [
        { reason: "FieldValueInvalid", field: "spec.replicas", message: `Invalid value: ${replicas}: must be greater than or equal to 0` },
      ], "autoscaling");
    }
    const obj = deepClone(existing) as Deployment;
    obj.spec.replicas = replicas;
    return toScale(commitUpdate(info, obj, existing, { ...opts, subresource: undefined }));
  }

  function update(user: UserInfo, resource: string, input: KubeObject, opts: WriteOptions): KubeObject {
    const info = ctx.info(resource);
    const ns = ctx.namespaceOf(info, opts.namespace ?? (info.namespaced ? input.metadata?.namespace : undefined));
    const name = input.metadata?.name ?? "";
    ctx.authorize(user, verbFor(opts, "update", info, ns, name));
    const existing = getExisting(info, ns, name);
    if (opts.subresource === "scale") return updateScale(info, existing, input as Scale, opts);
    if (opts.subresource === "status") {
      // Status is not defaulted, so frozen parts of it can be stored as they are.
      const shallow: KubeObject = { ...input, metadata: { ...input.metadata }, status: cloneUnfrozen(input.status) };
      return commitUpdate(info, shallow, existing, opts);
    }
    return commitUpdate(info, deepClone(input), existing, opts);
  }

  function patch(user: UserInfo, resource: string, name: string, body: unknown, opts: WriteOptions & { type: PatchType }): KubeObject {
    const info = ctx.info(resource);
    const ns = ctx.namespaceOf(info, opts.namespace);
    ctx.authorize(user, verbFor(opts, "patch", info, ns, name));
    const existing = getExisting(info, ns, name);
    if (opts.subresource === "scale") {
      const patched = applyPatch(opts.type, deepClone(toScale(existing)), body) as Scale;
      return updateScale(info, existing, patched, opts);
    }
    if (opts.subresource === "status" && opts.type !== "json" && body && typeof body === "object" && !Array.isArray(body)) {
      const statusPatch = (body as { status?: unknown }).status;
      const target = { status: existing.status ?? {} };
      const statusBody = { status: statusPatch ?? {} };
      // Status is not defaulted, so the merged status may share the caller's frozen parts.
      const merged = (opts.type === "merge" ? mergePatch(target, statusBody, true) : applyPatch(opts.type, target, statusBody)) as { status?: unknown };
      // commitUpdate builds the new version from the stored one; it reads only the status and metadata of this.
      return commitUpdate(info, { apiVersion: existing.apiVersion, kind: existing.kind, metadata: existing.metadata, status: merged.status }, existing, opts);
    }
    // A merge patch copies only the parts it changes. Defaulting may write anywhere in an object, so kinds that
    // have defaults get a whole private copy; the rest (the Leases renewed every few seconds) share the stored,
    // frozen parts the patch leaves alone.
    const base = opts.type === "merge" && !hasDefaults(info.resource) ? existing : deepClone(existing);
    const patched = applyPatch(opts.type, base, body) as KubeObject;
    if (!patched || typeof patched !== "object" || !patched.metadata) throw StatusError.badRequest("the patch produced an invalid object");
    return commitUpdate(info, patched, existing, opts);
  }

  function bind(user: UserInfo, binding: Binding, ns: string, opts: WriteOptions): KubeObject {
    const podName = binding.metadata?.name ?? "";
    ctx.authorize(user, { verb: "create", group: "", resource: "pods", subresource: "binding", namespace: ns, name: podName });
    const info = ctx.info("pods");
    const existing = getExisting(info, ns, podName) as Pod;
    const bindingGr = { group: "", resource: "pods/binding" };
    if (existing.metadata.deletionTimestamp) {
      throw StatusError.conflict(bindingGr, podName, `pod ${podName} is being deleted, cannot be assigned to a host`);
    }
    if (existing.spec.nodeName) {
      throw StatusError.conflict(bindingGr, podName, `pod ${podName} is already assigned to node "${existing.spec.nodeName}"`);
    }
    const node = binding.target?.name ?? "";
    // Shallow copies: the stored pod is frozen, so the new version shares everything binding does not change.
    const now = ctx.now();
    const cond: PodCondition = { type: "PodScheduled", status: "True", lastProbeTime: null, lastTransitionTime: now };
    const conditions = (existing.status?.conditions ?? []).filter((c) => c.type !== "PodScheduled");
    const pod = copyOf(existing);
    pod.spec = copyOf(existing.spec);
    pod.spec.nodeName = node;
    pod.status = copyOf(existing.status ?? {});
    pod.status.conditions = [...conditions, cond];
    if (opts.dryRun) return binding;
    store.update("pods", pod, existing.metadata.resourceVersion);
    return { ...binding, metadata: { ...binding.metadata, namespace: ns } };
  }

  return { create, update, patch };
}
