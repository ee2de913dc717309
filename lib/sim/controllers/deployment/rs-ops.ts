/**
 * PURPOSE: the Deployment controller's writes to its ReplicaSets: create the new
 * ReplicaSet for the current template, scale one with its event, keep annotations.
 * MODELS: https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#creating-a-deployment
 * NOT MODELLED: hash collision handling beyond bumping collisionCount.
 */
import type { Deployment, ReplicaSet } from "../../api/types";
import type { ApiClient } from "../../apiserver/client";
import { recordEvent } from "../../apiserver/events";
import type { Clock } from "../../core/clock";
import { deepClone } from "../../core/clone";
import type { Informer } from "../shared/informer";
import { ownerRef } from "../replicaset/pod-control";
import { podTemplateHash } from "./hash";
import { DESIRED_REPLICAS, HASH_LABEL, MAX_REPLICAS, resolveFenceposts, REVISION } from "./util";

export const SOURCE = { component: "deployment-controller" };

export type RsOps = {
  api: ApiClient;
  clock: Clock;
  sets: Informer<ReplicaSet>;
};

function annotationsFor(d: Deployment, revision: number, existing: Record<string, string> | undefined): Record<string, string> {
  const replicas = d.spec.replicas ?? 1;
  return {
    ...(existing ?? {}),
    [DESIRED_REPLICAS]: String(replicas),
    [MAX_REPLICAS]: String(replicas + resolveFenceposts(d).maxSurge),
    [REVISION]: String(revision),
  };
}

export function newReplicaSetFor(d: Deployment, revision: number, replicas: number): ReplicaSet {
  const hash = podTemplateHash(d.spec.template, d.status?.collisionCount);
  const template = deepClone(d.spec.template);
  template.metadata = { ...(template.metadata ?? {}), labels: { ...(template.metadata?.labels ?? {}), [HASH_LABEL]: hash } };
  return {
    apiVersion: "apps/v1",
    kind: "ReplicaSet",
    metadata: {
      name: `${d.metadata.name}-${hash}`,
      namespace: d.metadata.namespace,
      labels: { ...(template.metadata.labels ?? {}) },
      annotations: annotationsFor(d, revision, undefined),
      ownerReferences: [ownerRef(d)],
    },
    spec: {
      replicas,
      minReadySeconds: d.spec.minReadySeconds ?? 0,
      selector: { ...d.spec.selector, matchLabels: { ...(d.spec.selector.matchLabels ?? {}), [HASH_LABEL]: hash } },
      template,
    },
  };
}

export function scaleReplicaSet(ops: RsOps, d: Deployment, rs: ReplicaSet, replicas: number, revision?: number): ReplicaSet {
  const from = rs.spec.replicas ?? 0;
  const annotations = annotationsFor(d, revision ?? Number(rs.metadata.annotations?.[REVISION] ?? 0), rs.metadata.annotations);
  const sameAnnotations = Object.entries(annotations).every(([k, v]) => rs.metadata.annotations?.[k] === v);
  const sameMinReady = (rs.spec.minReadySeconds ?? 0) === (d.spec.minReadySeconds ?? 0);
  if (from === replicas && sameAnnotations && sameMinReady) return rs;
  const next: ReplicaSet = {
    ...rs,
    metadata: { ...rs.metadata, annotations },
    spec: { ...rs.spec, replicas, minReadySeconds: d.spec.minReadySeconds ?? 0 },
  };
  const updated = ops.api.update<ReplicaSet>("replicasets", next);
  ops.sets.observe(updated);
  if (from !== replicas) {
    const verb = replicas > from ? "up" : "down";
    recordEvent(ops.api, {
      involvedObject: d,
      reason: "ScalingReplicaSet",
      message: `Scaled ${verb} replica set ${rs.metadata.name} from ${from} to ${replicas}`,
      source: SOURCE,
      now: ops.clock.now(),
    });
  }
  return updated;
}
