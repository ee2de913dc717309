/**
 * PURPOSE: how a DaemonSet pod differs from its template: the tolerations the
 * controller always adds, and a required node affinity naming the one node it
 * is for (so the default scheduler binds it there).
 * MODELS: https://kubernetes.io/docs/concepts/workloads/controllers/daemonset/#taints-and-tolerations and
 * https://kubernetes.io/docs/concepts/workloads/controllers/daemonset/#how-daemon-pods-are-scheduled
 */
import type { DaemonSet, Node, Pod, Toleration } from "../../api/types";
import { deepClone, stableStringify } from "../../core/clone";
import { fnv32a, safeEncode } from "../deployment/hash";
import { ownerRef } from "../replicaset/pod-control";
import { matchesTerm } from "../../scheduler/plugins/node-affinity";
import { tolerates } from "../../scheduler/plugins/taint-toleration";
import { flat } from "../../core/strings";

export const REVISION_HASH_LABEL = "controller-revision-hash";

const tolerationCache = new WeakMap<DaemonSet, Toleration[]>();

export function daemonTolerations(ds: DaemonSet): Toleration[] {
  const hit = tolerationCache.get(ds);
  if (hit) return hit;
  const computed = computeTolerations(ds);
  if (Object.isFrozen(ds)) tolerationCache.set(ds, computed);
  return computed;
}

function computeTolerations(ds: DaemonSet): Toleration[] {
  const base: Toleration[] = [
    { key: "node.kubernetes.io/not-ready", operator: "Exists", effect: "NoExecute" },
    { key: "node.kubernetes.io/unreachable", operator: "Exists", effect: "NoExecute" },
    { key: "node.kubernetes.io/disk-pressure", operator: "Exists", effect: "NoSchedule" },
    { key: "node.kubernetes.io/memory-pressure", operator: "Exists", effect: "NoSchedule" },
    { key: "node.kubernetes.io/pid-pressure", operator: "Exists", effect: "NoSchedule" },
    { key: "node.kubernetes.io/unschedulable", operator: "Exists", effect: "NoSchedule" },
  ];
  if (ds.spec.template.spec.hostNetwork) base.push({ key: "node.kubernetes.io/network-unavailable", operator: "Exists", effect: "NoSchedule" });
  const own = ds.spec.template.spec.tolerations ?? [];
  return [...own, ...base.filter((t) => !own.some((o) => o.key === t.key && o.effect === t.effect))];
}

const hashes = new WeakMap<object, string>();

// Reconciled on every node and pod change; a stored DaemonSet's template is frozen, so its hash is kept.
export function templateHash(ds: DaemonSet): string {
  const template = ds.spec.template;
  const hit = hashes.get(template);
  if (hit !== undefined) return hit;
  const hash = safeEncode(String(fnv32a(stableStringify(template)))).slice(0, 10);
  if (Object.isFrozen(template)) hashes.set(template, hash);
  return hash;
}

/** Node selector, required affinity and NoSchedule/NoExecute taints decide where a daemon pod belongs. */
export function shouldRunOn(ds: DaemonSet, node: Node): boolean {
  const spec = ds.spec.template.spec;
  const labels = node.metadata.labels ?? {};
  for (const [k, v] of Object.entries(spec.nodeSelector ?? {})) if (labels[k] !== v) return false;
  const req = spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution;
  if (req && !req.nodeSelectorTerms.some((t) => matchesTerm(t, node))) return false;
  const tolerations = daemonTolerations(ds);
  for (const taint of node.spec?.taints ?? []) {
    if (taint.effect === "PreferNoSchedule") continue;
    if (!tolerates(tolerations, taint)) return false;
  }
  return true;
}

export function daemonPod(ds: DaemonSet, nodeName: string, hash: string): Pod {
  const t = deepClone(ds.spec.template);
  const spec = t.spec;
  spec.tolerations = daemonTolerations(ds);
  const other = spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ?? [];
  const nameTerm = { key: "metadata.name", operator: "In" as const, values: [nodeName] };
  const terms = other.length > 0 ? other.map((term) => ({ ...term, matchFields: [nameTerm] })) : [{ matchFields: [nameTerm] }];
  spec.affinity = {
    ...(spec.affinity ?? {}),
    nodeAffinity: { ...(spec.affinity?.nodeAffinity ?? {}), requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: terms } },
  };
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: {
      generateName: flat`${ds.metadata.name}-`,
      namespace: ds.metadata.namespace,
      labels: { ...(t.metadata?.labels ?? {}), [REVISION_HASH_LABEL]: hash, "pod-template-generation": String(ds.metadata.generation ?? 1) },
      annotations: t.metadata?.annotations,
      ownerReferences: [ownerRef(ds)],
    },
    spec,
  };
}
