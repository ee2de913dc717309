/**
 * PURPOSE: `kubectl describe deployment|replicaset|daemonset`: replicas, strategy, the pod template,
 * conditions, the old and new ReplicaSets, and events.
 * MODELS: https://kubernetes.io/docs/concepts/workloads/controllers/deployment/ (describe output)
 * NOT MODELLED: StatefulSet and Job describers.
 */
import type { DaemonSet, Deployment, Event, Pod, PodTemplateSpec, ReplicaSet } from "../../../../api/types";
import { describeContainers, describeVolumes, formatToleration } from "./pod";
import { createWriter, rfc1123z, selectorString, type DescribeWriter } from "./writer";

/** minor: the emulated release's minor version, for the wording that changed between releases. */
export function describePodTemplate(w: DescribeWriter, template: PodTemplateSpec, minor: number): void {
  w.line(0, "Pod Template:");
  w.labels(1, "Labels", template.metadata?.labels);
  const annotations = template.metadata?.annotations;
  if (annotations && Object.keys(annotations).length > 0) w.annotations(1, "Annotations", annotations);
  if (template.spec.serviceAccountName) w.line(1, `Service Account:\t${template.spec.serviceAccountName}`);
  if (template.spec.initContainers?.length) describeContainers(w, "Init Containers", template.spec.initContainers, [], 1, minor, true);
  describeContainers(w, "Containers", template.spec.containers, [], 1, minor, true);
  describeVolumes(w, template.spec.volumes ?? [], 1, minor);
  if (template.spec.priorityClassName) w.line(1, `Priority Class Name:\t${template.spec.priorityClassName}`);
  w.labels(1, "Node-Selectors", template.spec.nodeSelector);
  w.list(1, "Tolerations", (template.spec.tolerations ?? []).map(formatToleration));
}

export function describeDeployment(d: Deployment, replicaSets: ReplicaSet[], events: Event[], now: number, minor: number): string {
  const w = createWriter();
  const s = d.status ?? {};
  w.line(0, `Name:\t${d.metadata.name ?? ""}`);
  w.line(0, `Namespace:\t${d.metadata.namespace ?? ""}`);
  w.line(0, `CreationTimestamp:\t${rfc1123z(d.metadata.creationTimestamp)}`);
  w.labels(0, "Labels", d.metadata.labels);
  w.annotations(0, "Annotations", d.metadata.annotations);
  w.line(0, `Selector:\t${selectorString(d.spec.selector)}`);
  const desired = d.spec.replicas ?? 1;
  w.line(0, `Replicas:\t${desired} desired | ${s.updatedReplicas ?? 0} updated | ${s.replicas ?? 0} total | ${s.availableReplicas ?? 0} available | ${s.unavailableReplicas ?? 0} unavailable`);
  const strategy = d.spec.strategy?.type ?? "RollingUpdate";
  w.line(0, `StrategyType:\t${strategy}`);
  w.line(0, `MinReadySeconds:\t${d.spec.minReadySeconds ?? 0}`);
  if (strategy === "RollingUpdate") {
    const ru = d.spec.strategy?.rollingUpdate ?? {};
    w.line(0, `RollingUpdateStrategy:\t${ru.maxUnavailable ?? "25%"} max unavailable, ${ru.maxSurge ?? "25%"} max surge`);
  }
  describePodTemplate(w, d.spec.template, minor);
  if (s.conditions?.length) {
    w.line(0, "Conditions:");
    w.line(1, "Type\tStatus\tReason");
    w.line(1, "----\t------\t------");
    for (const c of s.conditions) w.line(1, `${c.type} \t${c.status}\t${c.reason ?? ""}`);
  }
  const owned = replicaSets.filter((rs) => rs.metadata.ownerReferences?.some((o) => o.uid === d.metadata.uid));
  const revision = d.metadata.annotations?.["deployment.kubernetes.io/revision"];
  const newRs = owned.find((rs) => rs.metadata.annotations?.["deployment.kubernetes.io/revision"] === revision);
  const old = owned.filter((rs) => rs !== newRs && (rs.spec.replicas ?? 0) > 0);
  const rsText = (rs: ReplicaSet) => `${rs.metadata.name ?? ""} (${rs.status?.replicas ?? 0}/${rs.spec.replicas ?? 0} replicas created)`;
  w.line(0, `OldReplicaSets:\t${old.length ? old.map(rsText).join(", ") : "<none>"}`);
  w.line(0, `NewReplicaSet:\t${newRs ? rsText(newRs) : "<none>"}`);
  w.events(events, now);
  return w.text();
}

function podsStatus(pods: Pod[], ownerUid: string | undefined): string {
  const owned = pods.filter((p) => p.metadata.ownerReferences?.some((o) => o.uid === ownerUid));
  const count = (phase: string) => owned.filter((p) => (p.status?.phase ?? "Pending") === phase).length;
  return `${count("Running")} Running / ${count("Pending")} Waiting / ${count("Succeeded")} Succeeded / ${count("Failed")} Failed`;
}

/** The scheduling counts are plain lines (no tab), so they do not take part in the alignment. */
export function describeDaemonSet(ds: DaemonSet, pods: Pod[], events: Event[], now: number, minor: number): string {
  const w = createWriter();
  const s = ds.status;
  w.line(0, `Name:\t${ds.metadata.name ?? ""}`);
  w.line(0, `Selector:\t${selectorString(ds.spec.selector)}`);
  w.labels(0, "Node-Selector", ds.spec.template.spec.nodeSelector);
  w.labels(0, "Labels", ds.metadata.labels);
  w.annotations(0, "Annotations", ds.metadata.annotations);
  w.line(0, `Desired Number of Nodes Scheduled: ${s?.desiredNumberScheduled ?? 0}`);
  w.line(0, `Current Number of Nodes Scheduled: ${s?.currentNumberScheduled ?? 0}`);
  w.line(0, `Number of Nodes Scheduled with Up-to-date Pods: ${s?.updatedNumberScheduled ?? 0}`);
  w.line(0, `Number of Nodes Scheduled with Available Pods: ${s?.numberAvailable ?? 0}`);
  w.line(0, `Number of Nodes Misscheduled: ${s?.numberMisscheduled ?? 0}`);
  w.line(0, `Pods Status:\t${podsStatus(pods, ds.metadata.uid)}`);
  describePodTemplate(w, ds.spec.template, minor);
  w.events(events, now);
  return w.text();
}

export function describeReplicaSet(rs: ReplicaSet, pods: Pod[], events: Event[], now: number, minor: number): string {
  const w = createWriter();
  w.line(0, `Name:\t${rs.metadata.name ?? ""}`);
  w.line(0, `Namespace:\t${rs.metadata.namespace ?? ""}`);
  w.line(0, `Selector:\t${selectorString(rs.spec.selector)}`);
  w.labels(0, "Labels", rs.metadata.labels);
  w.annotations(0, "Annotations", rs.metadata.annotations);
  const owner = rs.metadata.ownerReferences?.find((o) => o.controller);
  if (owner) w.line(0, `Controlled By:\t${owner.kind}/${owner.name}`);
  w.line(0, `Replicas:\t${rs.status?.replicas ?? 0} current / ${rs.spec.replicas ?? 0} desired`);
  w.line(0, `Pods Status:\t${podsStatus(pods, rs.metadata.uid)}`);
  describePodTemplate(w, rs.spec.template, minor);
  w.events(events, now);
  return w.text();
}
