/**
 * PURPOSE: `kubectl describe pod`: identity, node, status, containers with their state,
 * conditions, volumes, QoS, tolerations and the pod's events, in kubectl's layout.
 * MODELS: https://kubernetes.io/docs/tasks/debug/debug-application/debug-pods/ (describe output)
 * NOT MODELLED: ephemeral containers, resource claims, topology spread constraints, seccomp profiles.
 */
import type { Container, ContainerState, ContainerStatus, Event, Pod, Probe, Toleration, Volume } from "../../../../api/types";
import { humanDuration, parseTimestamp } from "../../../../core/time";
import { createWriter, rfc1123z, type DescribeWriter } from "./writer";

/** minor: the emulated release's minor version; kubectl 1.32 and older print a projected volume's ConfigMap as ConfigMapOptional. */
export function describePod(pod: Pod, events: Event[], now: number, minor: number): string {
  const w = createWriter();
  const status = pod.status ?? {};
  w.line(0, `Name:\t${pod.metadata.name ?? ""}`);
  w.line(0, `Namespace:\t${pod.metadata.namespace ?? ""}`);
  if (pod.spec.priority !== undefined) w.line(0, `Priority:\t${pod.spec.priority}`);
  if (pod.spec.priorityClassName) w.line(0, `Priority Class Name:\t${pod.spec.priorityClassName}`);
  w.line(0, `Service Account:\t${pod.spec.serviceAccountName ?? ""}`);
  w.line(0, `Node:\t${pod.spec.nodeName ? `${pod.spec.nodeName}/${status.hostIP ?? ""}` : "<none>"}`);
  if (status.startTime) w.line(0, `Start Time:\t${rfc1123z(status.startTime)}`);
  w.labels(0, "Labels", pod.metadata.labels);
  w.annotations(0, "Annotations", pod.metadata.annotations);
  if (pod.metadata.deletionTimestamp) {
    const remaining = parseTimestamp(pod.metadata.deletionTimestamp) - now;
    w.line(0, `Status:\tTerminating (lasts ${humanDuration(remaining)})`);
    w.line(0, `Termination Grace Period:\t${pod.metadata.deletionGracePeriodSeconds ?? 30}s`);
  } else w.line(0, `Status:\t${status.phase ?? ""}`);
  if (status.reason) w.line(0, `Reason:\t${status.reason}`);
  if (status.message) w.line(0, `Message:\t${status.message}`);
  w.line(0, `IP:\t${status.podIP ?? ""}`);
  const ips = status.podIPs ?? [];
  if (ips.length === 0) w.line(0, "IPs:\t<none>");
  else {
    w.line(0, "IPs:");
    for (const ip of ips) w.line(1, `IP:\t${ip.ip}`);
  }
  const owner = pod.metadata.ownerReferences?.find((o) => o.controller);
  if (owner) w.line(0, `Controlled By:\t${owner.kind}/${owner.name}`);
  if (status.nominatedNodeName) w.line(0, `NominatedNodeName:\t${status.nominatedNodeName}`);
  if (pod.spec.initContainers?.length) describeContainers(w, "Init Containers", pod.spec.initContainers, status.initContainerStatuses ?? [], 0, minor);
  describeContainers(w, "Containers", pod.spec.containers, status.containerStatuses ?? [], 0, minor);
  if (pod.spec.readinessGates?.length) {
    w.line(0, "Readiness Gates:");
    w.line(1, "Type\tStatus");
    for (const g of pod.spec.readinessGates) {
      const c = status.conditions?.find((x) => x.type === g.conditionType);
      w.line(1, `${g.conditionType} \t${c?.status ?? "<none>"} `);
    }
  }
  if (status.conditions?.length) {
    w.line(0, "Conditions:");
    w.line(1, "Type\tStatus");
    for (const c of status.conditions) w.line(1, `${c.type} \t${c.status} `);
  }
  describeVolumes(w, pod.spec.volumes ?? [], 0, minor);
  w.line(0, `QoS Class:\t${status.qosClass ?? qosClass(pod)}`);
  w.labels(0, "Node-Selectors", pod.spec.nodeSelector);
  w.list(0, "Tolerations", (pod.spec.tolerations ?? []).map(formatToleration));
  w.events(events, now);
  return w.text();
}

/** Titles sit at titleLevel (1 inside a pod template); names are always at level 1 and fields at level 2, as kubectl lays them out. */
/** minor: the emulated release's minor version; port names appear in kubectl 1.33 and later. */
export function describeContainers(w: DescribeWriter, title: string, containers: Container[], statuses: ContainerStatus[], titleLevel: number, minor: number, template = false): void {
  w.line(titleLevel, `${title}:`);
  for (const c of containers) {
    const status = statuses.find((s) => s.name === c.name);
    w.line(1, `${template ? " " : ""}${c.name}:`);
    const l = 2;
    if (status) w.line(l, `Container ID:\t${status.containerID ?? ""}`);
    w.line(l, `Image:\t${c.image ?? ""}`);
    if (status) w.line(l, `Image ID:\t${status.imageID ?? ""}`);
    const ports = (c.ports ?? []).map((p) => `${p.containerPort}/${p.protocol ?? "TCP"}${p.name && minor >= 33 ? ` (${p.name})` : ""}`);
    const hostPorts = (c.ports ?? []).map((p) => `${p.hostPort ?? 0}/${p.protocol ?? "TCP"}`);
    w.line(l, `${ports.length > 1 ? "Ports" : "Port"}:\t${ports.length ? ports.join(", ") : "<none>"}`);
    w.line(l, `${hostPorts.length > 1 ? "Host Ports" : "Host Port"}:\t${hostPorts.length ? hostPorts.join(", ") : "<none>"}`);
    if (c.command?.length) {
      w.line(l, "Command:");
      for (const part of c.command) w.line(l + 1, part);
    }
    if (c.args?.length) {
      w.line(l, "Args:");
      for (const part of c.args) w.line(l + 1, part);
    }
    if (status) {
      describeState(w, l, "State", status.state);
      if (status.lastState?.terminated) describeState(w, l, "Last State", status.lastState);
      w.line(l, `Ready:\t${status.ready ? "True" : "False"}`);
      w.line(l, `Restart Count:\t${status.restartCount}`);
    }
    for (const [name, list] of [["Limits", c.resources?.limits], ["Requests", c.resources?.requests]] as const) {
      const keys = Object.keys(list ?? {}).sort();
      if (keys.length === 0) continue;
      w.line(l, `${name}:`);
      for (const k of keys) w.line(l + 1, `${k}:\t${(list ?? {})[k]}`);
    }
    if (c.livenessProbe) w.line(l, `Liveness:\t${formatProbe(c.livenessProbe)}`);
    if (c.readinessProbe) w.line(l, `Readiness:\t${formatProbe(c.readinessProbe)}`);
    if (c.startupProbe) w.line(l, `Startup:\t${formatProbe(c.startupProbe)}`);
    const env = c.env ?? [];
    if (env.length === 0 && !c.envFrom?.length) w.line(l, "Environment:\t<none>");
    else {
      w.line(l, "Environment:");
      for (const e of env) {
        if (e.value !== undefined) w.line(l + 1, `${e.name}:\t${e.value}`);
        else if (e.valueFrom?.configMapKeyRef) w.line(l + 1, `${e.name}:\t<set to the key '${e.valueFrom.configMapKeyRef.key}' of config map '${e.valueFrom.configMapKeyRef.name}'>\tOptional: ${e.valueFrom.configMapKeyRef.optional ?? false}`);
        else if (e.valueFrom?.secretKeyRef) w.line(l + 1, `${e.name}:\t<set to the key '${e.valueFrom.secretKeyRef.key}' in secret '${e.valueFrom.secretKeyRef.name}'>\tOptional: ${e.valueFrom.secretKeyRef.optional ?? false}`);
        else if (e.valueFrom?.fieldRef) w.line(l + 1, `${e.name}:\t (${e.valueFrom.fieldRef.apiVersion ?? "v1"}:${e.valueFrom.fieldRef.fieldPath})`);
        else w.line(l + 1, `${e.name}:\t`);
      }
    }
    const mounts = c.volumeMounts ?? [];
    if (mounts.length === 0) w.line(l, "Mounts:\t<none>");
    else {
      w.line(l, "Mounts:");
      for (const m of mounts) w.line(l + 1, `${m.mountPath} from ${m.name} (${m.readOnly ? "ro" : "rw"})`);
    }
  }
}

function describeState(w: DescribeWriter, level: number, name: string, state: ContainerState | undefined): void {
  if (state?.running) {
    w.line(level, `${name}:\tRunning`);
    w.line(level + 1, `Started:\t${rfc1123z(state.running.startedAt)}`);
  } else if (state?.terminated) {
    const t = state.terminated;
    w.line(level, `${name}:\tTerminated`);
    if (t.reason) w.line(level + 1, `Reason:\t${t.reason}`);
    if (t.message) w.line(level + 1, `Message:\t${t.message}`);
    w.line(level + 1, `Exit Code:\t${t.exitCode}`);
    if (t.signal) w.line(level + 1, `Signal:\t${t.signal}`);
    w.line(level + 1, `Started:\t${rfc1123z(t.startedAt)}`);
    w.line(level + 1, `Finished:\t${rfc1123z(t.finishedAt)}`);
  } else {
    w.line(level, `${name}:\tWaiting`);
    if (state?.waiting?.reason) w.line(level + 1, `Reason:\t${state.waiting.reason}`);
  }
}

export function formatProbe(p: Probe): string {
  let action = "unknown";
  if (p.httpGet) action = `http-get ${(p.httpGet.scheme ?? "HTTP").toLowerCase()}://${p.httpGet.host ?? ""}:${p.httpGet.port}${p.httpGet.path ?? ""}`;
  else if (p.tcpSocket) action = `tcp-socket ${p.tcpSocket.host ?? ""}:${p.tcpSocket.port}`;
  else if (p.exec) action = `exec [${(p.exec.command ?? []).join(" ")}]`;
  return `${action} delay=${p.initialDelaySeconds ?? 0}s timeout=${p.timeoutSeconds ?? 1}s period=${p.periodSeconds ?? 10}s #success=${p.successThreshold ?? 1} #failure=${p.failureThreshold ?? 3}`;
}

export function describeVolumes(w: DescribeWriter, volumes: Volume[], level: number, minor: number): void {
  if (volumes.length === 0) {
    w.line(level, "Volumes:\t<none>");
    return;
  }
  w.line(level, "Volumes:");
  for (const v of volumes) {
    w.line(1, `${level > 0 ? " " : ""}${v.name}:`);
    const l = 2;
    if (v.emptyDir) {
      w.line(l, "Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)");
      w.line(l, `Medium:\t${v.emptyDir.medium ?? ""}`);
      w.line(l, `SizeLimit:\t${v.emptyDir.sizeLimit ?? "<unset>"}`);
    } else if (v.configMap) {
      w.line(l, "Type:\tConfigMap (a volume populated by a ConfigMap)");
      w.line(l, `Name:\t${v.configMap.name}`);
      w.line(l, `Optional:\t${v.configMap.optional ?? false}`);
    } else if (v.secret) {
      w.line(l, "Type:\tSecret (a volume populated by a Secret)");
      w.line(l, `SecretName:\t${v.secret.secretName}`);
      w.line(l, `Optional:\t${v.secret.optional ?? false}`);
    } else if (v.hostPath) {
      w.line(l, "Type:\tHostPath (bare host directory volume)");
      w.line(l, `Path:\t${v.hostPath.path}`);
      w.line(l, `HostPathType:\t${v.hostPath.type ?? ""}`);
    } else if (v.persistentVolumeClaim) {
      w.line(l, "Type:\tPersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)");
      w.line(l, `ClaimName:\t${v.persistentVolumeClaim.claimName}`);
      w.line(l, `ReadOnly:\t${v.persistentVolumeClaim.readOnly ?? false}`);
    } else if (v.projected) {
      w.line(l, "Type:\tProjected (a volume that contains injected data from multiple sources)");
      w.line(l, "TokenExpirationSeconds:\t3607");
      w.line(l, "ConfigMapName:\tkube-root-ca.crt");
      w.line(l, minor <= 32 ? "ConfigMapOptional:\t<nil>" : "Optional:\tfalse");
      w.line(l, "DownwardAPI:\ttrue");
    }
  }
}

export function formatToleration(t: Toleration): string {
  let s = t.key ?? "";
  if (t.value) s += `=${t.value}`;
  if (t.effect) s += `:${t.effect}`;
  if (t.operator === "Exists" && !t.value) s += s.length > 0 ? " op=Exists" : "op=Exists";
  if (t.tolerationSeconds !== undefined) s += ` for ${t.tolerationSeconds}s`;
  return s;
}

function qosClass(pod: Pod): string {
  const all = pod.spec.containers;
  const hasAny = all.some((c) => Object.keys(c.resources?.requests ?? {}).length + Object.keys(c.resources?.limits ?? {}).length > 0);
  if (!hasAny) return "BestEffort";
  const guaranteed = all.every((c) => {
    const l = c.resources?.limits ?? {};
    const r = c.resources?.requests ?? {};
    return l.cpu !== undefined && l.memory !== undefined && (r.cpu ?? l.cpu) === l.cpu && (r.memory ?? l.memory) === l.memory;
  });
  return guaranteed ? "Guaranteed" : "Burstable";
}
