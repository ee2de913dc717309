// PURPOSE: CPU and memory use of pods from a load model (requests per second on a Service, spread over its ready pods),
// served the way metrics-server serves them to `kubectl top` and the HorizontalPodAutoscaler.
// MODELS: https://kubernetes.io/docs/tasks/debug/debug-cluster/resource-metrics-pipeline/
// NOT MODELLED: per-container breakdown, real scrape windows (a pod has metrics once it has run 15 s), memory growth over time.

import type { Deployment, EndpointSlice, Pod, Service } from "../api/types";
import type { ApiClient } from "../apiserver/client";
import type { Clock } from "../core/clock";
import { isNotFound } from "../core/errors";
import { parseTimestamp } from "../core/time";

export type PodUsage = { cpuMilli: number; memoryBytes: number };
export type MetricsSource = { podMetrics(namespace: string, pod: string): PodUsage | undefined };

export type Metrics = MetricsSource & {
  setServiceLoad(namespace: string, service: string, rps: number): void;
  serviceLoads(): Record<string, number>;
  nodeMetrics(nodeName: string): PodUsage | undefined;
  isAvailable(): boolean;
};

const MI = 1024 * 1024;
const SCRAPE_DELAY_MS = 15_000;
/** millicores of CPU and bytes of memory a pod spends per request per second */
const CPU_PER_RPS = 2;
const MEMORY_PER_RPS = 0.05 * MI;

const BASELINES: [string, number, number][] = [
  ["kube-apiserver", 45, 260 * MI],
  ["etcd", 22, 48 * MI],
  ["kube-controller-manager", 15, 52 * MI],
  ["kube-scheduler", 4, 22 * MI],
  ["coredns", 2, 14 * MI],
  ["kube-proxy", 1, 18 * MI],
  ["metrics-server", 4, 20 * MI],
  ["nginx", 0, 3 * MI],
  ["redis", 2, 4 * MI],
  ["postgres", 3, 30 * MI],
  ["hpa-example", 1, 10 * MI],
];

function baseline(image: string): [number, number] {
  const name = image.split("/").pop()?.split(":")[0] ?? "";
  const hit = BASELINES.find(([n]) => n === name);
  return hit ? [hit[1], hit[2]] : [1, 2 * MI];
}

function smallHash(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) >>> 0;
  return h;
}

function selects(selector: Record<string, string> | undefined, labels: Record<string, string> | undefined): boolean {
  if (!selector || Object.keys(selector).length === 0) return false;
  return Object.entries(selector).every(([k, v]) => labels?.[k] === v);
}

export function createMetrics(config: { api: ApiClient; clock: Clock; installed: boolean }): Metrics {
  const { api, clock } = config;
  const loads = new Map<string, number>();

  function isAvailable(): boolean {
    if (!config.installed) return false;
    try {
      return (api.get<Deployment>("deployments", "metrics-server", { namespace: "kube-system" }).status?.availableReplicas ?? 0) > 0;
    } catch (e) {
      if (isNotFound(e)) return false;
      throw e;
    }
  }

  function readyEndpoints(namespace: string, service: string): Set<string> {
    const slices = api.list<EndpointSlice>("endpointslices", { namespace, labelSelector: `kubernetes.io/service-name=${service}` }).items;
    return new Set(slices.flatMap((s) => s.endpoints.filter((e) => e.conditions?.ready !== false && e.targetRef?.name).map((e) => e.targetRef?.name ?? "")));
  }

  function requestRate(pod: Pod): number {
    const ns = pod.metadata.namespace ?? "default";
    let rps = 0;
    for (const [key, total] of loads) {
      const [svcNs, svcName] = key.split("/");
      if (svcNs !== ns || total <= 0) continue;
      let svc: Service;
      try {
        svc = api.get<Service>("services", svcName, { namespace: ns });
      } catch {
        continue;
      }
      if (!selects(svc.spec.selector, pod.metadata.labels)) continue;
      const ready = readyEndpoints(ns, svcName);
      if (ready.has(pod.metadata.name ?? "")) rps += total / ready.size;
    }
    return rps;
  }

  function usage(pod: Pod): PodUsage | undefined {
    const statuses = pod.status?.containerStatuses ?? [];
    const started = statuses.map((s) => s.state?.running?.startedAt).filter((s): s is string => s !== undefined);
    if (pod.status?.phase !== "Running" || started.length === 0) return undefined;
    if (clock.now() - Math.min(...started.map(parseTimestamp)) < SCRAPE_DELAY_MS) return undefined;
    const rps = requestRate(pod);
    let cpu = 0;
    let memory = 0;
    for (const c of pod.spec.containers) {
      const [baseCpu, baseMem] = baseline(c.image ?? "");
      cpu += baseCpu;
      memory += baseMem;
    }
    const jitter = smallHash(pod.metadata.uid ?? pod.metadata.name ?? "") % 3;
    return { cpuMilli: Math.round(cpu + jitter + rps * CPU_PER_RPS), memoryBytes: Math.round(memory + jitter * 64 * 1024 + rps * MEMORY_PER_RPS) };
  }

  return {
    isAvailable,
    setServiceLoad(namespace, service, rps) {
      if (rps <= 0) loads.delete(`${namespace}/${service}`);
      else loads.set(`${namespace}/${service}`, rps);
    },
    serviceLoads: () => Object.fromEntries([...loads].sort(([a], [b]) => (a < b ? -1 : 1))),
    podMetrics(namespace, name) {
      if (!isAvailable()) return undefined;
      try {
        return usage(api.get<Pod>("pods", name, { namespace }));
      } catch (e) {
        if (isNotFound(e)) return undefined;
        throw e;
      }
    },
    nodeMetrics(nodeName) {
      if (!isAvailable()) return undefined;
      const pods = api.list<Pod>("pods", { namespace: "", fieldSelector: `spec.nodeName=${nodeName}` }).items;
      // The node's own processes (kubelet, containerd, the OS) use memory and a little CPU too.
      let cpu = 60 + (smallHash(nodeName) % 20);
      let memory = 700 * MI + (smallHash(nodeName) % 50) * MI;
      for (const pod of pods) {
        const u = usage(pod);
        if (u) {
          cpu += u.cpuMilli;
          memory += u.memoryBytes;
        }
      }
      return { cpuMilli: cpu, memoryBytes: memory };
    },
  };
}
