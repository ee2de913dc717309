/**
 * PURPOSE: defaults the API server fills in on pods and pod templates, and the
 * admission plugins that touch every new pod (ServiceAccount, DefaultTolerationSeconds).
 * MODELS: https://kubernetes.io/docs/reference/access-authn-authz/admission-controllers/#defaulttolerationseconds
 * and https://kubernetes.io/docs/concepts/containers/images/#imagepullpolicy-defaulting
 * NOT MODELLED: PodSecurity, LimitRanger, priority classes other than the default 0.
 */
import type { Container, Pod, PodSpec, Probe, Toleration, Volume } from "../../api/types";
import { deepFreeze } from "../../core/clone";

export function defaultImagePullPolicy(image: string | undefined): "Always" | "IfNotPresent" {
  if (!image) return "IfNotPresent";
  const withoutDigest = image.split("@");
  if (withoutDigest.length > 1) return "IfNotPresent";
  const lastSlash = image.lastIndexOf("/");
  const tagSep = image.indexOf(":", lastSlash + 1);
  if (tagSep < 0) return "Always";
  return image.slice(tagSep + 1) === "latest" ? "Always" : "IfNotPresent";
}

function defaultProbe(p: Probe | undefined): void {
  if (!p) return;
  p.timeoutSeconds ??= 1;
  p.periodSeconds ??= 10;
  p.successThreshold ??= 1;
  p.failureThreshold ??= 3;
  if (p.httpGet) {
    p.httpGet.path ??= "/";
    p.httpGet.scheme ??= "HTTP";
  }
}

function defaultContainer(c: Container): void {
  c.imagePullPolicy ??= defaultImagePullPolicy(c.image);
  c.terminationMessagePath ??= "/dev/termination-log";
  c.terminationMessagePolicy ??= "File";
  c.resources ??= {};
  const { limits, requests } = c.resources;
  if (limits) {
    const merged = { ...(requests ?? {}) };
    for (const [k, v] of Object.entries(limits)) merged[k] ??= v;
    c.resources.requests = merged;
  }
  for (const p of c.ports ?? []) p.protocol ??= "TCP";
  defaultProbe(c.livenessProbe);
  defaultProbe(c.readinessProbe);
  defaultProbe(c.startupProbe);
}

/** Defaults shared by pods and pod templates (SetDefaults_PodSpec and friends). */
export function defaultPodSpec(spec: PodSpec): void {
  spec.restartPolicy ??= "Always";
  spec.dnsPolicy ??= "ClusterFirst";
  spec.schedulerName ??= "default-scheduler";
  spec.terminationGracePeriodSeconds ??= 30;
  spec.securityContext ??= {};
  for (const c of spec.containers ?? []) defaultContainer(c);
  for (const c of spec.initContainers ?? []) defaultContainer(c);
  for (const v of spec.volumes ?? []) {
    if (v.configMap) v.configMap.defaultMode ??= 420;
    if (v.secret) v.secret.defaultMode ??= 420;
  }
}

const NOT_READY = "node.kubernetes.io/not-ready";
const UNREACHABLE = "node.kubernetes.io/unreachable";

// What admission adds to every pod is frozen and shared: stored objects are immutable, so pods may share parts.
const NOT_READY_TOLERATION: Toleration = deepFreeze({ key: NOT_READY, operator: "Exists", effect: "NoExecute", tolerationSeconds: 300 });
const UNREACHABLE_TOLERATION: Toleration = deepFreeze({ key: UNREACHABLE, operator: "Exists", effect: "NoExecute", tolerationSeconds: 300 });

function hasToleration(tolerations: Toleration[], key: string): boolean {
  return tolerations.some((t) => (t.key === key || (!t.key && t.operator === "Exists")) && (!t.effect || t.effect === "NoExecute"));
}

/** Admission on a new pod: service account, default tolerations, priority, initial status. */
export function admitNewPod(pod: Pod, volumeSuffix: string): void {
  const spec = pod.spec;
  spec.serviceAccountName ??= spec.serviceAccount ?? "default";
  spec.serviceAccount = spec.serviceAccountName;
  spec.enableServiceLinks ??= true;
  spec.priority ??= 0;
  spec.preemptionPolicy ??= "PreemptLowerPriority";
  const tolerations = spec.tolerations ?? [];
  if (!hasToleration(tolerations, NOT_READY)) tolerations.push(NOT_READY_TOLERATION);
  if (!hasToleration(tolerations, UNREACHABLE)) tolerations.push(UNREACHABLE_TOLERATION);
  spec.tolerations = tolerations;
  if (spec.automountServiceAccountToken !== false) mountServiceAccountToken(spec, `kube-api-access-${volumeSuffix}`);
  // Object.assign rather than a spread: the stored pod is frozen, and V8 freezes spread-built objects slowly.
  pod.status = Object.assign({ phase: "Pending", qosClass: qosClass(spec) }, pod.status);
}

const TOKEN_PATH = "/var/run/secrets/kubernetes.io/serviceaccount";
const TOKEN_VOLUME_SOURCE: NonNullable<Volume["projected"]> = deepFreeze({
  defaultMode: 420,
  sources: [
    { serviceAccountToken: { expirationSeconds: 3607, path: "token" } },
    { configMap: { name: "kube-root-ca.crt", items: [{ key: "ca.crt", path: "ca.crt" }] } },
    {
      downwardAPI: {
        items: [{ path: "namespace", fieldRef: { apiVersion: "v1", fieldPath: "metadata.namespace" } }],
      },
    },
  ],
});

function mountServiceAccountToken(spec: PodSpec, volumeName: string): void {
  const containers = [...spec.containers, ...(spec.initContainers ?? [])];
  if (containers.some((c) => (c.volumeMounts ?? []).some((m) => m.mountPath === TOKEN_PATH))) return;
  spec.volumes = [...(spec.volumes ?? []), { name: volumeName, projected: TOKEN_VOLUME_SOURCE }];
  for (const c of containers) {
    c.volumeMounts = [...(c.volumeMounts ?? []), { name: volumeName, readOnly: true, mountPath: TOKEN_PATH }];
  }
}

/** QoS class as https://kubernetes.io/docs/concepts/workloads/pods/pod-qos/ defines it. */
export function qosClass(spec: PodSpec): "Guaranteed" | "Burstable" | "BestEffort" {
  const containers = [...spec.containers, ...(spec.initContainers ?? [])];
  let any = false;
  let guaranteed = true;
  for (const c of containers) {
    const req = c.resources?.requests ?? {};
    const lim = c.resources?.limits ?? {};
    if (Object.keys(req).length > 0 || Object.keys(lim).length > 0) any = true;
    for (const r of ["cpu", "memory"]) {
      if (lim[r] === undefined || (req[r] !== undefined && req[r] !== lim[r])) guaranteed = false;
    }
  }
  if (!any) return "BestEffort";
  return guaranteed ? "Guaranteed" : "Burstable";
}
