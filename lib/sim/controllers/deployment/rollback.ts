/**
 * PURPOSE: `kubectl rollout undo` and `kubectl rollout history`: copy the pod
 * template of an earlier revision's ReplicaSet back into the Deployment, as
 * kubectl does (the controller then rolls forward to it as a new revision).
 * MODELS: https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#rolling-back-a-deployment
 * NOT MODELLED: change-cause annotations beyond copying them.
 */
import type { Deployment, ReplicaSet } from "../../api/types";
import type { ApiClient } from "../../apiserver/client";
import { deepClone } from "../../core/clone";
import { selectorFromLabelSelector } from "../../api/selectors";
import { HASH_LABEL, REVISION, revisionOf, sameTemplate } from "./util";

export type RolloutRevision = { revision: number; replicaSet: ReplicaSet; changeCause?: string };

export function rolloutHistory(api: ApiClient, namespace: string, name: string): RolloutRevision[] {
  const d = api.get<Deployment>("deployments", name, { namespace });
  const labelSelector = Object.entries(d.spec.selector.matchLabels ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .join(",");
  const selector = selectorFromLabelSelector(d.spec.selector);
  return api
    .list<ReplicaSet>("replicasets", { namespace, labelSelector })
    .items.filter((rs) => rs.metadata.ownerReferences?.some((r) => r.uid === d.metadata.uid) && selector.matches(rs.metadata.labels))
    .map((rs) => ({ revision: revisionOf(rs), replicaSet: rs, changeCause: rs.metadata.annotations?.["kubernetes.io/change-cause"] }))
    .sort((a, b) => a.revision - b.revision);
}

/** Returns the line kubectl prints; throws the error kubectl prints as `error: ...`. */
export function rollbackDeployment(api: ApiClient, config: { namespace: string; name: string; toRevision?: number }): string {
  const { namespace, name } = config;
  const d = api.get<Deployment>("deployments", name, { namespace });
  const history = rolloutHistory(api, namespace, name);
  if (history.length === 0) throw new Error(`no rollout history found for deployment "${name}"`);
  const current = Number(d.metadata.annotations?.[REVISION] ?? history[history.length - 1].revision);
  let target: RolloutRevision | undefined;
  if (config.toRevision) {
    target = history.find((h) => h.revision === config.toRevision);
    if (!target) throw new Error(`unable to find specified revision ${config.toRevision} in history`);
  } else {
    target = [...history].reverse().find((h) => h.revision < current);
    if (!target) throw new Error(`no revision found for deployment "${name}"`);
  }
  if (sameTemplate(target.replicaSet.spec.template, d.spec.template)) {
    return `deployment.apps/${name} skipped rollback (current template already matches revision ${target.revision})`;
  }
  const template = deepClone(target.replicaSet.spec.template);
  if (template.metadata?.labels) delete template.metadata.labels[HASH_LABEL];
  api.update("deployments", { ...d, spec: { ...d.spec, template } });
  return `deployment.apps/${name} rolled back`;
}
