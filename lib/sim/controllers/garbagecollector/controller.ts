/**
 * PURPOSE: the garbage collector: deletes dependents whose owners are gone
 * (Background), deletes dependents first when an owner carries the
 * foregroundDeletion finalizer (Foreground), and strips owner references when it
 * carries the orphan finalizer (Orphan).
 * MODELS: https://kubernetes.io/docs/concepts/architecture/garbage-collection/#cascading-deletion
 * NOT MODELLED: a graph over every resource (only the workload and networking
 * kinds the simulator owns), blockOwnerDeletion enforcement.
 */
import { findResource } from "../../api/resources";
import type { KubeObject, OwnerReference } from "../../api/types";
import { isConflict, isNotFound } from "../../core/errors";
import { type Controller, type ControllerContext } from "../shared/context";
import { BY_UID, indexByUid, type Informer, objectKey } from "../shared/informer";
import { createWorkQueue } from "../shared/workqueue";

export const GC_RESOURCES = ["deployments", "replicasets", "daemonsets", "pods", "services", "endpointslices", "horizontalpodautoscalers", "configmaps", "secrets"];
const BY_OWNER = "owner-uids";

export function createGarbageCollector(ctx: ControllerContext): Controller {
  const { api, clock } = ctx;
  const informers = new Map<string, Informer>();
  for (const r of GC_RESOURCES) {
    const inf = ctx.informers.informer(r);
    inf.addIndex(BY_UID, indexByUid);
    inf.addIndex(BY_OWNER, (o) => (o.metadata.ownerReferences ?? []).map((x) => x.uid));
    informers.set(r, inf);
    inf.addHandler((type, o, old) => {
      if (type === "MODIFIED" && old && !o.metadata.deletionTimestamp && !old.metadata.deletionTimestamp && sameRefs(o, old)) return;
      queue.add(`${r}|${objectKey(o)}`);
      for (const ref of [...(o.metadata.ownerReferences ?? []), ...(old?.metadata.ownerReferences ?? [])]) enqueueDeletingOwner(ref.uid);
      if (type === "DELETED") for (const d of dependentsOf(o.metadata.uid ?? "")) queue.add(d);
      else if (o.metadata.deletionTimestamp) for (const d of dependentsOf(o.metadata.uid ?? "")) queue.add(d);
    });
  }

  function sameRefs(a: KubeObject, b: KubeObject): boolean {
    const x = a.metadata.ownerReferences;
    const y = b.metadata.ownerReferences;
    return x === y || JSON.stringify(x) === JSON.stringify(y);
  }

  function enqueueDeletingOwner(uid: string): void {
    for (const [r, inf] of informers) {
      const owner = inf.byIndex(BY_UID, uid)[0];
      if (owner?.metadata.deletionTimestamp) queue.add(`${r}|${objectKey(owner)}`);
    }
  }

  function dependentsOf(uid: string): string[] {
    const out: string[] = [];
    for (const [r, inf] of informers) for (const o of inf.byIndex(BY_OWNER, uid)) out.push(`${r}|${objectKey(o)}`);
    return out;
  }

  function lookup(resource: string, key: string): KubeObject | undefined {
    const i = key.indexOf("/");
    const inf = informers.get(resource);
    return i < 0 ? inf?.get("", key) : inf?.get(key.slice(0, i), key.slice(i + 1));
  }

  type OwnerState = { exists: boolean; deleting?: "foreground" | "orphan" | "other" };

  function ownerState(ref: OwnerReference, namespace: string): OwnerState {
    const info = findResource(ref.kind);
    const cached = info ? informers.get(info.resource)?.byIndex(BY_UID, ref.uid)[0] : undefined;
    let owner = cached;
    if (!owner && info) {
      try {
        const live = api.get(info.resource, ref.name, { namespace: info.namespaced ? namespace : undefined });
        owner = live.metadata.uid === ref.uid ? live : undefined;
      } catch (e) {
        if (!isNotFound(e)) throw e;
      }
    }
    if (!info) return { exists: true };
    if (!owner) return { exists: false };
    const f = owner.metadata.finalizers ?? [];
    if (!owner.metadata.deletionTimestamp) return { exists: true };
    return { exists: true, deleting: f.includes("foregroundDeletion") ? "foreground" : f.includes("orphan") ? "orphan" : "other" };
  }

  function handleDependent(resource: string, o: KubeObject): void {
    const refs = o.metadata.ownerReferences ?? [];
    if (refs.length === 0 || o.metadata.deletionTimestamp) return;
    const ns = o.metadata.namespace ?? "";
    const states = refs.map((r) => ({ ref: r, state: ownerState(r, ns) }));
    const orphaning = states.filter((s) => s.state.deleting === "orphan").map((s) => s.ref.uid);
    if (orphaning.length > 0) {
      const kept = refs.filter((r) => !orphaning.includes(r.uid));
      const patched = api.patch(resource, o.metadata.name ?? "", { metadata: { ownerReferences: kept.length > 0 ? kept : null } }, { namespace: ns, type: "merge" });
      informers.get(resource)?.observe(patched);
      for (const uid of orphaning) enqueueDeletingOwner(uid);
      return;
    }
    const live = states.filter((s) => s.state.exists && s.state.deleting !== "foreground");
    if (live.length > 0) return;
    const foreground = states.some((s) => s.state.deleting === "foreground") && dependentsOf(o.metadata.uid ?? "").length > 0;
    const deleted = api.delete(resource, o.metadata.name ?? "", { namespace: ns, propagationPolicy: foreground ? "Foreground" : "Background" });
    if (deleted.metadata.deletionTimestamp) informers.get(resource)?.observe(deleted);
    for (const r of refs) enqueueDeletingOwner(r.uid);
  }

  function finishOwner(resource: string, o: KubeObject): void {
    const f = o.metadata.finalizers ?? [];
    if (!o.metadata.deletionTimestamp) return;
    const mine = f.includes("foregroundDeletion") ? "foregroundDeletion" : f.includes("orphan") ? "orphan" : undefined;
    if (!mine) return;
    const remaining = dependentsOf(o.metadata.uid ?? "").filter((d) => {
      const [r, key] = d.split("|");
      const dep = lookup(r, key);
      if (!dep) return false;
      return !!dep;
    });
    if (remaining.length > 0) return;
    const patched = api.patch(resource, o.metadata.name ?? "", { metadata: { finalizers: f.filter((x) => x !== mine) } }, {
      namespace: o.metadata.namespace,
      type: "merge",
    });
    if (patched.metadata.deletionTimestamp && (patched.metadata.finalizers ?? []).length > 0) informers.get(resource)?.observe(patched);
  }

  function reconcile(item: string): void {
    const [resource, key] = item.split("|");
    const o = lookup(resource, key);
    if (!o) return;
    try {
      handleDependent(resource, o);
      finishOwner(resource, o);
    } catch (e) {
      if (isNotFound(e)) return;
      if (isConflict(e)) throw e;
      throw e;
    }
  }

  const queue = createWorkQueue({ clock, reconcile, name: "garbagecollector" });
  return { reconcile, stop: () => queue.stop() };
}
