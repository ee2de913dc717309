/**
 * PURPOSE: the DaemonSet controller: one pod on every eligible node, removed from
 * nodes that no longer qualify, replaced node by node (maxUnavailable at a time)
 * when the template changes, and status counts.
 * MODELS: https://kubernetes.io/docs/concepts/workloads/controllers/daemonset/
 * NOT MODELLED: ControllerRevision objects, OnDelete strategy details, maxSurge.
 */
import type { DaemonSet, DaemonSetStatus, Node, Pod } from "../../api/types";
import { recordEvent } from "../../apiserver/events";
import { deepEqual } from "../../core/clone";
import { isNotFound } from "../../core/errors";
import { scaledValue } from "../deployment/util";
import { type Controller, type ControllerContext, splitKey } from "../shared/context";
import { BY_CONTROLLER, BY_UID, controllerOf, indexByController, indexByUid, objectKey } from "../shared/informer";
import { isPodActive, isPodReady, podAvailability, podChangeMatters, podMembershipChanged, STATUS_BATCH_MS } from "../shared/pod-util";
import { createWorkQueue } from "../shared/workqueue";
import { daemonPod, REVISION_HASH_LABEL, shouldRunOn, templateHash } from "./pod-template";
import { flat } from "../../core/strings";

const SOURCE = { component: "daemonset-controller" };

function targetNode(p: Pod): string {
  if (p.spec.nodeName) return p.spec.nodeName;
  const terms = p.spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ?? [];
  return terms[0]?.matchFields?.find((f) => f.key === "metadata.name")?.values?.[0] ?? "";
}

export function createDaemonSetController(ctx: ControllerContext): Controller {
  const { api, clock } = ctx;
  const sets = ctx.informers.informer<DaemonSet>("daemonsets");
  const pods = ctx.informers.informer<Pod>("pods");
  const nodes = ctx.informers.informer<Node>("nodes");
  sets.addIndex(BY_UID, indexByUid);
  pods.addIndex(BY_CONTROLLER, indexByController);
  sets.addHandler((_t, o) => queue.add(objectKey(o)));
  pods.addHandler((t, o, old) => {
    if (t !== "DELETED" && !podChangeMatters(o, old)) return;
    const uid = controllerOf(o);
    const ds = uid ? sets.byIndex(BY_UID, uid)[0] : undefined;
    if (ds) queue.addAfter(objectKey(ds), t === "DELETED" || podMembershipChanged(o, old) ? 0 : STATUS_BATCH_MS);
  });
  nodes.addHandler((t, o, old) => {
    if (t !== "DELETED" && old && o.metadata.labels === old.metadata.labels && o.spec?.taints === old.spec?.taints) return;
    if (t !== "DELETED" && old && deepEqual(o.metadata.labels, old.metadata.labels) && deepEqual(o.spec?.taints, old.spec?.taints)) return;
    for (const ds of sets.list()) queue.add(objectKey(ds));
  });

  function remove(p: Pod): void {
    try {
      const d = api.delete("pods", p.metadata.name ?? "", { namespace: p.metadata.namespace });
      if (d.metadata.deletionTimestamp) pods.observe(d);
      else pods.forget(d);
    } catch (e) {
      if (!isNotFound(e)) throw e;
    }
  }

  function reconcile(key: string): void {
    const { namespace, name } = splitKey(key);
    const ds = sets.get(namespace, name);
    if (!ds || ds.metadata.deletionTimestamp) return;
    const hash = templateHash(ds);
    const owned = pods.byIndex(BY_CONTROLLER, ds.metadata.uid ?? "").filter(isPodActive);
    const byNode = new Map<string, Pod[]>();
    for (const p of owned) {
      const n = targetNode(p);
      byNode.set(n, [...(byNode.get(n) ?? []), p]);
    }
    const eligible = nodes.list().filter((n) => shouldRunOn(ds, n)).sort((a, b) => ((a.metadata.name ?? "") < (b.metadata.name ?? "") ? -1 : 1));
    const eligibleNames = new Set(eligible.map((n) => n.metadata.name ?? ""));
    for (const node of eligible) {
      const nodeName = node.metadata.name ?? "";
      const here = byNode.get(nodeName) ?? [];
      if (here.length === 0) {
        const created = api.create("pods", daemonPod(ds, nodeName, hash), { namespace });
        pods.observe(created);
        recordEvent(api, { involvedObject: ds, reason: "SuccessfulCreate", message: flat`Created pod: ${created.metadata.name}`, source: SOURCE, now: clock.now() });
      } else for (const extra of here.slice(1)) remove(extra);
    }
    let misscheduled = 0;
    for (const [nodeName, list] of byNode) {
      if (eligibleNames.has(nodeName)) continue;
      misscheduled += list.filter((p) => p.spec.nodeName).length;
      for (const p of list) {
        remove(p);
        recordEvent(api, { involvedObject: ds, reason: "SuccessfulDelete", message: `Deleted pod: ${p.metadata.name}`, source: SOURCE, now: clock.now() });
      }
    }
    const maxUnavailable = Math.max(1, scaledValue(ds.spec.updateStrategy?.rollingUpdate?.maxUnavailable ?? 1, eligible.length, true));
    if (ds.spec.updateStrategy?.type !== "OnDelete") {
      const current = pods.byIndex(BY_CONTROLLER, ds.metadata.uid ?? "").filter(isPodActive);
      let unavailable = eligible.length - current.filter((p) => p.spec.nodeName && isPodReady(p)).length;
      for (const p of current) {
        if (unavailable >= maxUnavailable) break;
        if (p.metadata.labels?.[REVISION_HASH_LABEL] === hash) continue;
        remove(p);
        unavailable++;
      }
    }
    writeStatus(ds, eligible.length, misscheduled, hash);
  }

  function writeStatus(ds: DaemonSet, desired: number, misscheduled: number, hash: string): void {
    const active = pods.byIndex(BY_CONTROLLER, ds.metadata.uid ?? "").filter((p) => isPodActive(p) && p.spec.nodeName);
    const minReady = ds.spec.minReadySeconds ?? 0;
    const ready = active.filter(isPodReady);
    const available = ready.filter((p) => podAvailability(p, minReady, clock.now()).available);
    const status: DaemonSetStatus = {
      currentNumberScheduled: active.length,
      numberMisscheduled: misscheduled,
      desiredNumberScheduled: desired,
      numberReady: ready.length,
      observedGeneration: ds.metadata.generation,
      updatedNumberScheduled: active.filter((p) => p.metadata.labels?.[REVISION_HASH_LABEL] === hash).length,
      numberAvailable: available.length,
    };
    if (desired - available.length > 0) status.numberUnavailable = desired - available.length;
    if (deepEqual(status, ds.status ?? {})) return;
    sets.observe(api.update("daemonsets", { ...ds, status }, { subresource: "status" }));
  }

  const queue = createWorkQueue({ clock, reconcile, name: "daemonset" });
  return { reconcile, stop: () => queue.stop() };
}
