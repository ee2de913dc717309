/**
 * PURPOSE: Deployment status: replica counts summed over its ReplicaSets and the
 * Available and Progressing conditions with their real reasons and messages.
 * MODELS: https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#deployment-status
 */
import type { Deployment, DeploymentCondition, DeploymentStatus, ReplicaSet } from "../../api/types";
import { formatTimestamp, parseTimestamp } from "../../core/time";
import { maxUnavailable } from "./util";

function setCondition(list: DeploymentCondition[], c: DeploymentCondition, now: string): DeploymentCondition[] {
  const prev = list.find((x) => x.type === c.type);
  if (prev && prev.status === c.status && prev.reason === c.reason && prev.message === c.message) return list;
  const merged: DeploymentCondition = {
    ...c,
    lastUpdateTime: now,
    lastTransitionTime: prev && prev.status === c.status ? prev.lastTransitionTime : now,
  };
  const order = ["Available", "Progressing", "ReplicaFailure"];
  return [...list.filter((x) => x.type !== c.type), merged].sort((a, b) => order.indexOf(a.type) - order.indexOf(b.type));
}

export function computeDeploymentStatus(
  d: Deployment,
  newRS: ReplicaSet | undefined,
  all: ReplicaSet[],
  nowMs: number,
  createdNew: boolean,
): { status: DeploymentStatus; recheckAt?: number } {
  const now = formatTimestamp(nowMs);
  const sum = (f: (rs: ReplicaSet) => number) => all.reduce((n, rs) => n + f(rs), 0);
  const replicas = d.spec.replicas ?? 1;
  const status: DeploymentStatus = {
    observedGeneration: d.metadata.generation,
    replicas: sum((rs) => rs.status?.replicas ?? 0),
    updatedReplicas: newRS?.status?.replicas ?? 0,
    readyReplicas: sum((rs) => rs.status?.readyReplicas ?? 0),
    availableReplicas: sum((rs) => rs.status?.availableReplicas ?? 0),
  };
  status.unavailableReplicas = Math.max(0, (status.replicas ?? 0) - (status.availableReplicas ?? 0));
  if (d.status?.collisionCount) status.collisionCount = d.status.collisionCount;
  let conditions = [...(d.status?.conditions ?? [])];
  const available = (status.availableReplicas ?? 0) >= replicas - maxUnavailable(d);
  conditions = setCondition(
    conditions,
    available
      ? { type: "Available", status: "True", reason: "MinimumReplicasAvailable", message: "Deployment has minimum availability." }
      : { type: "Available", status: "False", reason: "MinimumReplicasUnavailable", message: "Deployment does not have minimum availability." },
    now,
  );
  const rsName = newRS?.metadata.name ?? "";
  const complete =
    newRS !== undefined &&
    status.updatedReplicas === replicas &&
    status.replicas === replicas &&
    status.availableReplicas === replicas &&
    (newRS.spec.replicas ?? 0) === replicas;
  const progressing = conditions.find((c) => c.type === "Progressing");
  let recheckAt: number | undefined;
  if (complete) {
    conditions = setCondition(conditions, { type: "Progressing", status: "True", reason: "NewReplicaSetAvailable", message: `ReplicaSet "${rsName}" has successfully progressed.` }, now);
  } else if (createdNew) {
    conditions = setCondition(conditions, { type: "Progressing", status: "True", reason: "NewReplicaSetCreated", message: `Created new replica set "${rsName}"` }, now);
  } else if (progressing?.reason === "ProgressDeadlineExceeded") {
    return { status: { ...status, conditions } };
  } else {
    const changed = !d.status || d.status.updatedReplicas !== status.updatedReplicas || d.status.availableReplicas !== status.availableReplicas || d.status.replicas !== status.replicas;
    const deadline = (d.spec.progressDeadlineSeconds ?? 600) * 1000;
    const last = progressing?.lastUpdateTime ? parseTimestamp(progressing.lastUpdateTime) : nowMs;
    if (changed || !progressing || progressing.reason === "NewReplicaSetAvailable") {
      const c: DeploymentCondition = { type: "Progressing", status: "True", reason: "ReplicaSetUpdated", message: `ReplicaSet "${rsName}" is progressing.` };
      conditions = [...conditions.filter((x) => x.type !== "Progressing"), { ...c, lastUpdateTime: now, lastTransitionTime: progressing?.status === "True" ? progressing.lastTransitionTime : now }];
      recheckAt = nowMs + deadline;
    } else if (nowMs - last >= deadline) {
      conditions = setCondition(conditions, { type: "Progressing", status: "False", reason: "ProgressDeadlineExceeded", message: `ReplicaSet "${rsName}" has timed out progressing.` }, now);
    } else recheckAt = last + deadline;
  }
  conditions.sort((a, b) => (a.type === "Available" ? -1 : b.type === "Available" ? 1 : 0));
  return { status: { ...status, conditions }, recheckAt };
}
