/**
 * PURPOSE: the ReplicaSet controller: keeps the number of active pods matching a
 * ReplicaSet equal to spec.replicas, adopting orphans that match its selector and
 * releasing pods that no longer match, and reports replicas/ready/available.
 * MODELS: https://kubernetes.io/docs/concepts/workloads/controllers/replicaset/
 * NOT MODELLED: slow-start batching of creations, the ReplicaFailure condition,
 * expectations (replaced by write-through of our own writes into the informer);
 * readiness-only pod changes reach the status after a 100 ms batching delay.
 */
import { selectorFromLabelSelector } from "../../api/selectors";
import type { KubeObject, Pod, ReplicaSet, ReplicaSetStatus } from "../../api/types";
import { recordEvent } from "../../apiserver/events";
import { isNotFound } from "../../core/errors";
import { BY_CONTROLLER, BY_UID, controllerOf, indexByController, indexByUid, type Informer, objectKey } from "../shared/informer";
import { type Controller, type ControllerContext, splitKey } from "../shared/context";
import { isPodActive, isPodReady, podAvailability, podChangeMatters, podMembershipChanged, STATUS_BATCH_MS } from "../shared/pod-util";
import { createWorkQueue } from "../shared/workqueue";
import { compareForDeletion, ownerRef, podFromTemplate } from "./pod-control";
import { flat } from "../../core/strings";

const SOURCE = { component: "replicaset-controller" };
const BURST = 500;
const ORPHANS = "orphans-by-namespace";

export function createReplicaSetController(ctx: ControllerContext): Controller {
  const { api, clock } = ctx;
  const sets = ctx.informers.informer<ReplicaSet>("replicasets");
  const pods = ctx.informers.informer<Pod>("pods");
  sets.addIndex(BY_UID, indexByUid);
  pods.addIndex(BY_CONTROLLER, indexByController);
  pods.addIndex(ORPHANS, (o) => (controllerOf(o) ? [] : [o.metadata.namespace ?? ""]));

  function enqueueOwnerOf(p: KubeObject, delayMs = 0): void {
    const uid = controllerOf(p);
    if (uid) {
      const rs = sets.byIndex(BY_UID, uid)[0];
      if (rs) queue.addAfter(objectKey(rs), delayMs);
      return;
    }
    for (const rs of sets.list()) {
      if (rs.metadata.namespace !== p.metadata.namespace) continue;
      if (selectorFromLabelSelector(rs.spec.selector).matches(p.metadata.labels)) queue.add(objectKey(rs));
    }
  }

  sets.addHandler((_t, o) => queue.add(objectKey(o)));
  pods.addHandler((t, o, old) => {
    if (t !== "DELETED" && !podChangeMatters(o, old)) return;
    enqueueOwnerOf(o, t === "DELETED" || podMembershipChanged(o, old) ? 0 : STATUS_BATCH_MS);
    if (old && controllerOf(old) !== controllerOf(o)) enqueueOwnerOf(old);
  });

  function claimPods(rs: ReplicaSet): Pod[] {
    const selector = selectorFromLabelSelector(rs.spec.selector);
    const owned: Pod[] = [];
    for (const p of pods.byIndex(BY_CONTROLLER, rs.metadata.uid ?? "")) {
      if (selector.matches(p.metadata.labels)) owned.push(p);
      else if (!p.metadata.deletionTimestamp) {
        const refs = (p.metadata.ownerReferences ?? []).filter((r) => r.uid !== rs.metadata.uid);
        pods.observe(api.patch("pods", p.metadata.name ?? "", { metadata: { ownerReferences: refs.length > 0 ? refs : null } }, { namespace: p.metadata.namespace, type: "merge" }));
      }
    }
    if (rs.metadata.deletionTimestamp) return owned;
    for (const p of pods.byIndex(ORPHANS, rs.metadata.namespace ?? "")) {
      if (p.metadata.deletionTimestamp) continue;
      if (!isPodActive(p) || !selector.matches(p.metadata.labels)) continue;
      const refs = [...(p.metadata.ownerReferences ?? []), ownerRef(rs)];
      const adopted = api.patch<Pod>("pods", p.metadata.name ?? "", { metadata: { ownerReferences: refs } }, { namespace: p.metadata.namespace, type: "merge" });
      pods.observe(adopted);
      owned.push(adopted);
    }
    return owned;
  }

  function manageReplicas(rs: ReplicaSet, active: Pod[]): boolean {
    const diff = active.length - (rs.spec.replicas ?? 1);
    if (diff === 0) return false;
    if (diff < 0) {
      for (let i = 0; i < Math.min(-diff, BURST); i++) {
        const created = api.create("pods", podFromTemplate(rs), { namespace: rs.metadata.namespace });
        pods.observe(created);
        recordEvent(api, { involvedObject: rs, reason: "SuccessfulCreate", message: flat`Created pod: ${created.metadata.name}`, source: SOURCE, now: clock.now() });
      }
    } else if (diff > 0) {
      const victims = [...active].sort(compareForDeletion).slice(0, Math.min(diff, BURST));
      for (const p of victims) {
        try {
          const deleted = api.delete("pods", p.metadata.name ?? "", { namespace: p.metadata.namespace });
          if (deleted.metadata.deletionTimestamp) pods.observe(deleted);
          else pods.forget(deleted);
        } catch (e) {
          if (!isNotFound(e)) throw e;
        }
        recordEvent(api, { involvedObject: rs, reason: "SuccessfulDelete", message: `Deleted pod: ${p.metadata.name}`, source: SOURCE, now: clock.now() });
      }
    }
    return true;
  }

  function computeStatus(rs: ReplicaSet, active: Pod[]): ReplicaSetStatus {
    const minReady = rs.spec.minReadySeconds ?? 0;
    const templateLabels = Object.entries(rs.spec.template.metadata?.labels ?? {});
    let ready = 0;
    let available = 0;
    let fully = 0;
    let nextCheck = Infinity;
    for (const p of active) {
      const labels = p.metadata.labels;
      let all = true;
      for (const [k, v] of templateLabels) if (labels?.[k] !== v) all = false;
      if (all) fully++;
      if (!isPodReady(p)) continue;
      ready++;
      const a = podAvailability(p, minReady, clock.now());
      if (a.available) available++;
      else if (a.at !== undefined) nextCheck = Math.min(nextCheck, a.at);
    }
    if (nextCheck !== Infinity) queue.addAfter(objectKey(rs), nextCheck - clock.now());
    return {
      replicas: active.length,
      fullyLabeledReplicas: fully,
      readyReplicas: ready,
      availableReplicas: available,
      observedGeneration: rs.metadata.generation,
    };
  }

  function reconcile(key: string): void {
    const { namespace, name } = splitKey(key);
    const rs = sets.get(namespace, name);
    if (!rs) return;
    const owned = claimPods(rs);
    const active = owned.filter(isPodActive);
    const changed = !rs.metadata.deletionTimestamp && manageReplicas(rs, active);
    const after = changed ? claimedActive(rs) : active;
    const status = computeStatus(rs, after);
    const cur = rs.status;
    if (
      cur &&
      cur.replicas === status.replicas &&
      cur.readyReplicas === status.readyReplicas &&
      cur.availableReplicas === status.availableReplicas &&
      cur.fullyLabeledReplicas === status.fullyLabeledReplicas &&
      cur.observedGeneration === status.observedGeneration
    ) {
      return;
    }
    try {
      sets.observe(api.update("replicasets", { ...rs, status: { ...(rs.status ?? {}), ...status } }, { subresource: "status" }));
    } catch (e) {
      if (!isNotFound(e)) throw e;
    }
  }

  function claimedActive(rs: ReplicaSet): Pod[] {
    const selector = selectorFromLabelSelector(rs.spec.selector);
    return pods.byIndex(BY_CONTROLLER, rs.metadata.uid ?? "").filter((p) => isPodActive(p) && selector.matches(p.metadata.labels));
  }

  const queue = createWorkQueue({ clock, reconcile, name: "replicaset" });
  return { reconcile, stop: () => queue.stop() };
}

export type { Informer };
