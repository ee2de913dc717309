/**
 * PURPOSE: the delete verb: graceful pod termination (deletionTimestamp until the
 * kubelet confirms), finalizers, propagation policies handed to the garbage
 * collector through the orphan/foregroundDeletion finalizers, namespace lifecycle.
 * MODELS: https://kubernetes.io/docs/concepts/architecture/garbage-collection/ and
 * https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#pod-termination
 * NOT MODELLED: preconditions on uid, deletecollection.
 */
import type { KubeObject, Namespace, Pod, Service } from "../api/types";
import { deepClone } from "../core/clone";
import { StatusError } from "../core/errors";
import type { Allocators } from "./allocators";
import type { DeleteOptions, UserInfo } from "./client";
import { gr, mapStoreError, type ServerContext } from "./server";
import { releaseServiceAddresses } from "./service-ips";
import { formatTimestamp, parseTimestamp } from "../core/time";

const DEFAULT_POLICY: Record<string, DeleteOptions["propagationPolicy"]> = {};

export function createDeleteHandler(ctx: ServerContext, allocators: Allocators) {
  const { store } = ctx;

  function markDeleting(info: { resource: string }, existing: KubeObject, mutate: (o: KubeObject) => void): KubeObject {
    const obj = deepClone(existing);
    obj.metadata.deletionTimestamp ??= ctx.now();
    obj.metadata.deletionGracePeriodSeconds ??= 0;
    mutate(obj);
    return store.update(info.resource, obj, existing.metadata.resourceVersion);
  }

  function podGrace(pod: Pod, opts: DeleteOptions): number {
    if (opts.gracePeriodSeconds !== undefined) return Math.max(0, opts.gracePeriodSeconds);
    return pod.spec.terminationGracePeriodSeconds ?? 30;
  }

  return function del(user: UserInfo, resource: string, name: string, opts: DeleteOptions): KubeObject {
    const info = ctx.info(resource);
    const ns = ctx.namespaceOf(info, opts.namespace);
    ctx.authorize(user, { verb: "delete", group: info.group, resource: info.resource, namespace: ns || undefined, name });
    const existing = store.get(info.resource, ns, name);
    if (!existing) throw StatusError.notFound(gr(info), name);
    if (opts.dryRun) return existing;
    const policy = opts.propagationPolicy ?? DEFAULT_POLICY[info.resource] ?? "Background";
    const finalizers = existing.metadata.finalizers ?? [];

    if (info.resource === "namespaces") {
      if (existing.metadata.deletionTimestamp) return existing;
      return markDeleting(info, existing, (o) => {
        (o as Namespace).status = { ...((o as Namespace).status ?? {}), phase: "Terminating" };
      });
    }

    if (policy === "Orphan" || policy === "Foreground") {
      const f = policy === "Orphan" ? "orphan" : "foregroundDeletion";
      if (!finalizers.includes(f) || !existing.metadata.deletionTimestamp) {
        return markDeleting(info, existing, (o) => {
          o.metadata.finalizers = [...(o.metadata.finalizers ?? []).filter((x) => x !== f), f];
        });
      }
      return existing;
    }

    if (info.resource === "pods") {
      const pod = existing as Pod;
      const grace = podGrace(pod, opts);
      const finished = pod.status?.phase === "Succeeded" || pod.status?.phase === "Failed";
      if (pod.spec.nodeName && grace > 0 && !finished) {
        const deadline = ctx.clock.now() + grace * 1000;
        const current = pod.metadata.deletionTimestamp ? parseTimestamp(pod.metadata.deletionTimestamp) : Infinity;
        if (deadline >= current) return existing;
        const obj = deepClone(pod);
        obj.metadata.deletionTimestamp = formatTimestamp(deadline);
        obj.metadata.deletionGracePeriodSeconds = grace;
        return store.update("pods", obj, existing.metadata.resourceVersion);
      }
    }

    if (finalizers.length > 0) {
      if (existing.metadata.deletionTimestamp && info.resource !== "pods") return existing;
      return markDeleting(info, existing, (o) => {
        o.metadata.deletionGracePeriodSeconds = 0;
      });
    }

    try {
      const deleted = store.delete(info.resource, ns, name);
      if (info.resource === "services") releaseServiceAddresses(allocators, existing as Service);
      return deleted;
    } catch (e) {
      throw mapStoreError(e, info, name);
    }
  };
}
