/**
 * PURPOSE: the HPA arithmetic: utilization from pod metrics and requests, the
 * documented formula with its tolerance, and the default scaling behaviour
 * (scale-up rate limit, scale-down stabilization window).
 * MODELS: https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/#algorithm-details and
 * https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/#default-behavior
 * NOT MODELLED: the CPU initialization period for not-yet-ready pods (they are ignored),
 * custom behaviour policies beyond the stabilization window.
 */
import { cpuMilli, memoryBytes } from "../../api/quantity";
import type { Pod } from "../../api/types";

export const TOLERANCE = 0.1;

export type MetricsSource = { podMetrics(namespace: string, pod: string): { cpuMilli: number; memoryBytes: number } | undefined };

export type Utilization =
  | { ok: true; utilization: number; averageValue: number; readyCount: number; missing: number }
  | { ok: false; error: string };

export function measure(resource: string, pods: Pod[], metrics: MetricsSource): Utilization {
  let usage = 0;
  let requests = 0;
  let counted = 0;
  let missing = 0;
  for (const p of pods) {
    let request = 0;
    for (const c of p.spec.containers) {
      const q = c.resources?.requests?.[resource];
      if (q === undefined) return { ok: false, error: `failed to get ${resource} utilization: missing request for ${resource} in container ${c.name} of Pod ${p.metadata.name}` };
      request += resource === "cpu" ? cpuMilli(q) : memoryBytes(q);
    }
    const m = metrics.podMetrics(p.metadata.namespace ?? "", p.metadata.name ?? "");
    if (!m) {
      missing++;
      continue;
    }
    usage += resource === "cpu" ? m.cpuMilli : m.memoryBytes;
    requests += request;
    counted++;
  }
  if (counted === 0) {
    return { ok: false, error: `failed to get ${resource} utilization: unable to get metrics for resource ${resource}: no metrics returned from resource metrics API` };
  }
  return { ok: true, utilization: Math.round((usage * 100) / requests), averageValue: Math.round(usage / counted), readyCount: counted, missing };
}

export function proposedReplicas(current: number, m: { utilization: number; readyCount: number }, target: number): number {
  const ratio = m.utilization / target;
  if (Math.abs(ratio - 1) <= TOLERANCE) return current;
  return Math.ceil(ratio * m.readyCount);
}

export type Recommendation = { at: number; replicas: number };

/** Default behaviour: scale up by at most max(100%, 4 pods) per period; scale down to the highest recommendation of the window. */
export function stabilize(
  current: number,
  desired: number,
  history: Recommendation[],
  now: number,
  downWindowMs: number,
): { replicas: number; stabilized: boolean } {
  const recent = history.filter((r) => r.at > now - downWindowMs);
  const downRecommendation = Math.max(desired, ...recent.map((r) => r.replicas));
  let replicas = desired;
  let stabilized = false;
  if (desired < current) {
    replicas = Math.min(current, downRecommendation);
    stabilized = replicas !== desired;
  }
  return { replicas, stabilized };
}

export function scaleUpLimit(current: number): number {
  return Math.max(current * 2, current + 4);
}
