/**
 * PURPOSE: the namespace controller: when a namespace is being deleted, delete
 * everything in it, and once it is empty remove the `kubernetes` finalizer so the
 * API server removes the namespace.
 * MODELS: https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/#deleting-a-namespace
 * NOT MODELLED: the NamespaceDeletionContentFailure family of conditions.
 */
import { RESOURCES } from "../../api/resources";
import type { Namespace } from "../../api/types";
import { isNotFound } from "../../core/errors";
import { type Controller, type ControllerContext } from "../shared/context";
import { objectKey } from "../shared/informer";
import { createWorkQueue } from "../shared/workqueue";

const RECHECK_MS = 1000;

export function createNamespaceController(ctx: ControllerContext): Controller {
  const { api, clock } = ctx;
  const namespaces = ctx.informers.informer<Namespace>("namespaces");
  namespaces.addHandler((_t, o) => {
    if (o.metadata.deletionTimestamp) queue.add(objectKey(o));
  });
  const kinds = RESOURCES.filter((r) => r.namespaced && r.verbs.includes("list") && r.resource !== "events");

  function reconcile(name: string): void {
    const ns = namespaces.get("", name);
    if (!ns || !ns.metadata.deletionTimestamp) return;
    let remaining = 0;
    for (const info of kinds) {
      for (const o of api.list(info.resource, { namespace: name }).items) {
        remaining++;
        if (o.metadata.deletionTimestamp) continue;
        try {
          api.delete(info.resource, o.metadata.name ?? "", { namespace: name });
        } catch (e) {
          if (!isNotFound(e)) throw e;
        }
      }
    }
    if (remaining > 0) {
      queue.addAfter(name, RECHECK_MS);
      return;
    }
    for (const ev of api.list("events", { namespace: name }).items) api.delete("events", ev.metadata.name ?? "", { namespace: name });
    api.update("namespaces", { ...ns, spec: { ...(ns.spec ?? {}), finalizers: [] } });
  }

  const queue = createWorkQueue({ clock, reconcile, name: "namespace" });
  return { reconcile, stop: () => queue.stop() };
}
