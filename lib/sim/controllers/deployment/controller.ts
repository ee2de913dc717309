/**
 * PURPOSE: the Deployment controller: finds or creates the ReplicaSet for the
 * current pod template, rolls pods over with the chosen strategy, numbers
 * revisions, prunes history beyond revisionHistoryLimit and reports status.
 * MODELS: https://kubernetes.io/docs/concepts/workloads/controllers/deployment/
 * NOT MODELLED: pausing mid-rollout beyond stopping progress, proportional scaling.
 */
import { selectorFromLabelSelector } from "../../api/selectors";
import type { Deployment, ReplicaSet } from "../../api/types";
import { deepEqual } from "../../core/clone";
import { isAlreadyExists, isNotFound } from "../../core/errors";
import { ownerRef } from "../replicaset/pod-control";
import { type Controller, type ControllerContext, splitKey } from "../shared/context";
import { BY_CONTROLLER, BY_UID, controllerOf, indexByController, indexByUid, objectKey } from "../shared/informer";
import { createWorkQueue } from "../shared/workqueue";
import { rolloutRecreate } from "./recreate";
import { rolloutRolling, newReplicasForRollingUpdate } from "./rolling";
import { newReplicaSetFor, type RsOps, SOURCE } from "./rs-ops";
import { recordEvent } from "../../apiserver/events";
import { computeDeploymentStatus } from "./status";
import { byCreation, REVISION, revisionOf, sameTemplate } from "./util";

const ORPHAN_SETS = "orphan-replicasets";

export function createDeploymentController(ctx: ControllerContext): Controller {
  const { api, clock } = ctx;
  const deployments = ctx.informers.informer<Deployment>("deployments");
  const sets = ctx.informers.informer<ReplicaSet>("replicasets");
  deployments.addIndex(BY_UID, indexByUid);
  sets.addIndex(BY_CONTROLLER, indexByController);
  sets.addIndex(ORPHAN_SETS, (o) => (controllerOf(o) ? [] : [o.metadata.namespace ?? ""]));
  const ops: RsOps = { api, clock, sets };

  deployments.addHandler((_t, o) => queue.add(objectKey(o)));
  sets.addHandler((_t, o) => {
    const uid = controllerOf(o);
    const d = uid ? deployments.byIndex(BY_UID, uid)[0] : undefined;
    if (d) queue.add(objectKey(d));
  });

  function ownedSets(d: Deployment): ReplicaSet[] {
    const owned = sets.byIndex(BY_CONTROLLER, d.metadata.uid ?? "");
    const selector = selectorFromLabelSelector(d.spec.selector);
    for (const rs of sets.byIndex(ORPHAN_SETS, d.metadata.namespace ?? "")) {
      if (rs.metadata.deletionTimestamp || !selector.matches(rs.metadata.labels)) continue;
      const refs = [...(rs.metadata.ownerReferences ?? []), ownerRef(d)];
      const adopted = api.patch<ReplicaSet>("replicasets", rs.metadata.name ?? "", { metadata: { ownerReferences: refs } }, { namespace: rs.metadata.namespace, type: "merge" });
      sets.observe(adopted);
      owned.push(adopted);
    }
    return owned;
  }

  function cleanup(d: Deployment, old: ReplicaSet[]): void {
    const limit = d.spec.revisionHistoryLimit ?? 10;
    const idle = old.filter((rs) => (rs.spec.replicas ?? 0) === 0 && (rs.status?.replicas ?? 0) === 0 && !rs.metadata.deletionTimestamp);
    const excess = idle.length - limit;
    if (excess <= 0) return;
    const sorted = idle.sort((a, b) => revisionOf(a) - revisionOf(b) || byCreation(a, b));
    for (const rs of sorted.slice(0, excess)) {
      try {
        sets.forget(api.delete("replicasets", rs.metadata.name ?? "", { namespace: rs.metadata.namespace }));
      } catch (e) {
        if (!isNotFound(e)) throw e;
      }
    }
  }

  function createNew(d: Deployment, old: ReplicaSet[], revision: number): ReplicaSet | undefined {
    const draft = newReplicaSetFor(d, revision, 0);
    const recreate = d.spec.strategy?.type === "Recreate";
    const oldRunning = old.reduce((n, rs) => n + (rs.spec.replicas ?? 0) + (rs.status?.replicas ?? 0), 0);
    draft.spec.replicas = recreate ? (oldRunning > 0 ? 0 : d.spec.replicas ?? 1) : newReplicasForRollingUpdate(d, [draft, ...old], draft);
    try {
      const created = api.create<ReplicaSet>("replicasets", draft, { namespace: d.metadata.namespace });
      sets.observe(created);
      if ((created.spec.replicas ?? 0) > 0) {
        recordEvent(api, {
          involvedObject: d,
          reason: "ScalingReplicaSet",
          message: `Scaled up replica set ${created.metadata.name} from 0 to ${created.spec.replicas}`,
          source: SOURCE,
          now: clock.now(),
        });
      }
      return created;
    } catch (e) {
      if (!isAlreadyExists(e)) throw e;
      const collisionCount = (d.status?.collisionCount ?? 0) + 1;
      deployments.observe(api.update("deployments", { ...d, status: { ...(d.status ?? {}), collisionCount } }, { subresource: "status" }));
      queue.add(objectKey(d));
      return undefined;
    }
  }

  function reconcile(key: string): void {
    const { namespace, name } = splitKey(key);
    const d = deployments.get(namespace, name);
    if (!d || d.metadata.deletionTimestamp) return;
    const all = ownedSets(d);
    const matching = all.filter((rs) => sameTemplate(rs.spec.template, d.spec.template)).sort(byCreation);
    let newRS: ReplicaSet | undefined = matching[0];
    let old = all.filter((rs) => rs !== newRS);
    const maxOld = old.reduce((m, rs) => Math.max(m, revisionOf(rs)), 0);
    let createdNew = false;
    let revision = newRS ? revisionOf(newRS) : maxOld + 1;
    if (newRS && revision <= maxOld) revision = maxOld + 1;
    if (!d.spec.paused) {
      if (!newRS) {
        newRS = createNew(d, old, revision);
        if (!newRS) return;
        createdNew = true;
      }
      const oldPods = old.reduce((n, rs) => n + (rs.status?.replicas ?? 0), 0);
      const result =
        d.spec.strategy?.type === "Recreate"
          ? rolloutRecreate(ops, d, newRS, old, revision, oldPods)
          : rolloutRolling(ops, d, newRS, old, revision);
      newRS = result.newRS;
      old = result.old;
      cleanup(d, old);
    }
    let current = d;
    if (newRS && d.metadata.annotations?.[REVISION] !== String(revision)) {
      current = api.patch<Deployment>("deployments", name, { metadata: { annotations: { [REVISION]: String(revision) } } }, { namespace, type: "merge" });
      deployments.observe(current);
    }
    const { status, recheckAt } = computeDeploymentStatus(current, newRS, newRS ? [newRS, ...old] : old, clock.now(), createdNew);
    if (recheckAt !== undefined) queue.addAfter(key, recheckAt - clock.now() + 1);
    if (!deepEqual(status, current.status ?? {})) {
      deployments.observe(api.update("deployments", { ...current, status }, { subresource: "status" }));
    }
  }

  const queue = createWorkQueue({ clock, reconcile, name: "deployment" });
  return { reconcile, stop: () => queue.stop() };
}
