/**
 * PURPOSE: the metrics.k8s.io/v1beta1 API that metrics-server adds to the API server, so
 * `kubectl top` works: NodeMetrics and PodMetrics (per container) from the engine's load model.
 * MODELS: https://kubernetes.io/docs/tasks/debug/debug-cluster/resource-metrics-pipeline/#metrics-api
 * NOT MODELLED: label selectors on metrics, per-container usage beyond one container per pod.
 */
import type { KubeObject, Node, Pod } from "../api/types";
import { StatusError } from "../core/errors";
import { formatTimestamp } from "../core/time";
import type { UserInfo } from "../apiserver/client";
import type { ResourcePath } from "./routes";
import type { KubeApiBackend, Usage } from "./types";

const WINDOW = "10.5s";

function usage(u: Usage): Record<string, string> {
  return { cpu: `${u.cpuMilli}m`, memory: `${Math.floor(u.memoryBytes / 1024)}Ki` };
}

function meta(o: KubeObject, now: number): Record<string, unknown> {
  return { name: o.metadata.name, ...(o.metadata.namespace ? { namespace: o.metadata.namespace } : {}), creationTimestamp: formatTimestamp(now), labels: o.metadata.labels ?? {} };
}

function nodeMetrics(backend: KubeApiBackend, node: Node, now: number): unknown | undefined {
  const u = backend.metrics?.nodeMetrics(node.metadata.name ?? "");
  return u && { metadata: meta(node, now), timestamp: formatTimestamp(now), window: WINDOW, usage: usage(u) };
}

function podMetrics(backend: KubeApiBackend, pod: Pod, now: number): unknown | undefined {
  const u = backend.metrics?.podMetrics(pod.metadata.namespace ?? "", pod.metadata.name ?? "");
  if (!u) return undefined;
  const containers = pod.spec.containers.map((c, i) => ({ name: c.name, usage: usage(i === 0 ? u : { cpuMilli: 0, memoryBytes: 0 }) }));
  return { metadata: meta(pod, now), timestamp: formatTimestamp(now), window: WINDOW, containers };
}

export function metricsRequest(backend: KubeApiBackend, user: UserInfo, path: ResourcePath, query: Record<string, string>): unknown {
  if (!backend.metrics?.isAvailable()) throw StatusError.notFound({ group: "metrics.k8s.io", resource: path.resource }, path.name ?? "");
  const api = backend.api.as(user);
  const now = backend.clock.now();
  const gr = { group: "metrics.k8s.io", resource: path.resource };
  const listMeta = { kind: "", apiVersion: "metrics.k8s.io/v1beta1", metadata: {} };
  if (path.resource === "nodes") {
    if (path.name !== undefined) {
      const m = nodeMetrics(backend, api.get<Node>("nodes", path.name), now);
      if (!m) throw StatusError.notFound(gr, path.name);
      return { kind: "NodeMetrics", apiVersion: "metrics.k8s.io/v1beta1", ...(m as object) };
    }
    const nodes = api.list<Node>("nodes", { labelSelector: query.labelSelector }).items;
    return { ...listMeta, kind: "NodeMetricsList", items: nodes.map((n) => nodeMetrics(backend, n, now)).filter((m) => m !== undefined) };
  }
  if (path.name !== undefined) {
    const m = podMetrics(backend, api.get<Pod>("pods", path.name, { namespace: path.namespace }), now);
    if (!m) throw StatusError.notFound(gr, path.name);
    return { kind: "PodMetrics", apiVersion: "metrics.k8s.io/v1beta1", ...(m as object) };
  }
  const pods = api.list<Pod>("pods", { namespace: path.namespace ?? "", labelSelector: query.labelSelector, fieldSelector: query.fieldSelector }).items;
  return { ...listMeta, kind: "PodMetricsList", items: pods.map((p) => podMetrics(backend, p, now)).filter((m) => m !== undefined) };
}
