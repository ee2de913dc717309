/**
 * PURPOSE: per-kind defaulting applied to every create and update, as the
 * versioned API types' SetDefaults functions do.
 * MODELS: https://kubernetes.io/docs/reference/using-api/api-concepts/#defaulting
 * NOT MODELLED: defaults of fields the simulator never reads.
 */
import { encodeBase64 } from "../../core/base64";
import type {
  DaemonSet,
  Deployment,
  HorizontalPodAutoscaler,
  KubeObject,
  Namespace,
  Pod,
  ReplicaSet,
  RoleBinding,
  Secret,
  Service,
} from "../../api/types";
import { defaultPodSpec } from "./pod";

function defaultDeployment(d: Deployment): void {
  d.spec.replicas ??= 1;
  d.spec.strategy ??= { type: "RollingUpdate" };
  d.spec.strategy.type ??= "RollingUpdate";
  if (d.spec.strategy.type === "RollingUpdate") {
    d.spec.strategy.rollingUpdate ??= {};
    d.spec.strategy.rollingUpdate.maxUnavailable ??= "25%";
    d.spec.strategy.rollingUpdate.maxSurge ??= "25%";
  }
  d.spec.revisionHistoryLimit ??= 10;
  d.spec.progressDeadlineSeconds ??= 600;
  if (d.spec.template?.spec) defaultPodSpec(d.spec.template.spec);
}

function defaultReplicaSet(rs: ReplicaSet): void {
  rs.spec.replicas ??= 1;
  if (rs.spec.template?.spec) defaultPodSpec(rs.spec.template.spec);
}

function defaultDaemonSet(ds: DaemonSet): void {
  ds.spec.updateStrategy ??= { type: "RollingUpdate" };
  if (ds.spec.updateStrategy.type === "RollingUpdate" || ds.spec.updateStrategy.type === undefined) {
    ds.spec.updateStrategy.type = "RollingUpdate";
    ds.spec.updateStrategy.rollingUpdate ??= {};
    ds.spec.updateStrategy.rollingUpdate.maxUnavailable ??= 1;
    ds.spec.updateStrategy.rollingUpdate.maxSurge ??= 0;
  }
  ds.spec.revisionHistoryLimit ??= 10;
  if (ds.spec.template?.spec) defaultPodSpec(ds.spec.template.spec);
}

function defaultService(s: Service): void {
  const spec = s.spec;
  spec.type ??= "ClusterIP";
  if (spec.type === "ExternalName") return;
  spec.sessionAffinity ??= "None";
  spec.internalTrafficPolicy ??= "Cluster";
  if (spec.type === "NodePort" || spec.type === "LoadBalancer") spec.externalTrafficPolicy ??= "Cluster";
  if (spec.type === "LoadBalancer") spec.allocateLoadBalancerNodePorts ??= true;
  for (const p of spec.ports ?? []) {
    p.protocol ??= "TCP";
    p.targetPort ??= p.port;
  }
  if (spec.clusterIP !== "None") {
    spec.ipFamilies ??= ["IPv4"];
    spec.ipFamilyPolicy ??= "SingleStack";
  }
  s.status ??= { loadBalancer: {} };
}

function defaultHpa(h: HorizontalPodAutoscaler): void {
  h.spec.minReplicas ??= 1;
  if (!h.spec.metrics || h.spec.metrics.length === 0) {
    h.spec.metrics = [{ type: "Resource", resource: { name: "cpu", target: { type: "Utilization", averageUtilization: 80 } } }];
  }
}

function defaultNamespace(ns: Namespace): void {
  ns.metadata.labels = { ...(ns.metadata.labels ?? {}), "kubernetes.io/metadata.name": ns.metadata.name ?? "" };
  ns.spec ??= {};
  ns.spec.finalizers ??= ["kubernetes"];
  ns.status ??= {};
  ns.status.phase ??= "Active";
}

function defaultSecret(s: Secret): void {
  s.type ??= "Opaque";
  if (s.stringData) {
    const data = { ...(s.data ?? {}) };
    for (const [k, v] of Object.entries(s.stringData)) data[k] = encodeBase64(v);
    s.data = data;
    delete s.stringData;
  }
}

function defaultBinding(b: RoleBinding): void {
  for (const s of b.subjects ?? []) {
    if (s.kind === "ServiceAccount") s.apiGroup ??= "";
    else s.apiGroup ??= "rbac.authorization.k8s.io";
  }
}

/** Mutates obj in place; obj must be a private copy. */
const DEFAULTERS: Record<string, (obj: KubeObject) => void> = {
  pods: (obj) => {
    const p = obj as Pod;
    if (p.spec) defaultPodSpec(p.spec);
  },
  deployments: (obj) => defaultDeployment(obj as Deployment),
  replicasets: (obj) => defaultReplicaSet(obj as ReplicaSet),
  daemonsets: (obj) => defaultDaemonSet(obj as DaemonSet),
  services: (obj) => defaultService(obj as Service),
  horizontalpodautoscalers: (obj) => defaultHpa(obj as HorizontalPodAutoscaler),
  namespaces: (obj) => defaultNamespace(obj as Namespace),
  secrets: (obj) => defaultSecret(obj as Secret),
  rolebindings: (obj) => defaultBinding(obj as RoleBinding),
  clusterrolebindings: (obj) => defaultBinding(obj as RoleBinding),
};

/** Whether applyDefaults may change objects of this resource (Leases and Events, say, have no defaults). */
export function hasDefaults(resource: string): boolean {
  return Object.hasOwn(DEFAULTERS, resource);
}

export function applyDefaults(resource: string, obj: KubeObject): void {
  if (hasDefaults(resource)) DEFAULTERS[resource](obj);
}
