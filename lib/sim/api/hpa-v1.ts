/**
 * PURPOSE: autoscaling/v1 HorizontalPodAutoscalers as a view of the engine's autoscaling/v2 object:
 * the CPU utilization target is a field of its own, every other metric, the current metrics, the
 * conditions and the scaling behaviour travel in `autoscaling.alpha.kubernetes.io/*` annotations, as
 * the real API server converts them, so an object read and written back through v1 loses nothing.
 * MODELS: https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/horizontal-pod-autoscaler-v1/
 * and the round-trip annotations of k8s.io/kubernetes pkg/apis/autoscaling (annotations.go).
 * NOT MODELLED: Pods, Object, External and ContainerResource metrics keep only their type in the v1
 * annotation (the engine scales on Resource metrics); the behaviour's alpha tolerance field.
 */
import type { HorizontalPodAutoscaler, HPAScalingRules, MetricSpec, MetricStatus } from "./types";

const METRICS = "autoscaling.alpha.kubernetes.io/metrics";
const CURRENT_METRICS = "autoscaling.alpha.kubernetes.io/current-metrics";
const CONDITIONS = "autoscaling.alpha.kubernetes.io/conditions";
const BEHAVIOR = "autoscaling.alpha.kubernetes.io/behavior";
const ROUND_TRIP = [METRICS, CURRENT_METRICS, CONDITIONS, BEHAVIOR];

/** The CPU target v1 objects without one get, per the autoscaling/v1 API reference. */
const DEFAULT_CPU_UTILIZATION = 80;

type V1ResourceMetric = { name: string; targetAverageUtilization?: number; targetAverageValue?: string };
type V1MetricSpec = { type: string; resource?: V1ResourceMetric };
type V1MetricStatus = { type: string; resource?: { name: string; currentAverageUtilization?: number; currentAverageValue: string } };
/** The engine's behaviour as the API server stores it in the annotation: its internal type, serialized with Go field names. */
type StoredRules = { StabilizationWindowSeconds?: number | null; SelectPolicy?: string | null; Policies?: { Type: string; Value: number; PeriodSeconds: number }[] | null };

export type HorizontalPodAutoscalerV1 = {
  apiVersion: "autoscaling/v1";
  kind: "HorizontalPodAutoscaler";
  metadata: HorizontalPodAutoscaler["metadata"];
  spec: { scaleTargetRef: HorizontalPodAutoscaler["spec"]["scaleTargetRef"]; minReplicas?: number; maxReplicas: number; targetCPUUtilizationPercentage?: number };
  status: { observedGeneration?: number; lastScaleTime?: string; currentReplicas: number; desiredReplicas: number; currentCPUUtilizationPercentage?: number };
};

function isCpuUtilization(m: MetricSpec): boolean {
  return m.type === "Resource" && m.resource?.name === "cpu" && m.resource.target.averageUtilization !== undefined;
}

function metricToV1(m: MetricSpec): V1MetricSpec {
  if (!m.resource) return { type: m.type };
  const { averageUtilization, averageValue } = m.resource.target;
  return { type: m.type, resource: { name: m.resource.name, ...(averageUtilization !== undefined ? { targetAverageUtilization: averageUtilization } : {}), ...(averageValue !== undefined ? { targetAverageValue: String(averageValue) } : {}) } };
}

function metricFromV1(m: V1MetricSpec): MetricSpec {
  if (!m.resource) return { type: m.type as MetricSpec["type"] };
  const { name, targetAverageUtilization, targetAverageValue } = m.resource;
  const target = targetAverageUtilization !== undefined ? { type: "Utilization", averageUtilization: targetAverageUtilization } : { type: "AverageValue", averageValue: targetAverageValue };
  return { type: "Resource", resource: { name, target: target as NonNullable<MetricSpec["resource"]>["target"] } };
}

function statusToV1(m: MetricStatus): V1MetricStatus {
  if (!m.resource) return { type: m.type };
  const { averageUtilization, averageValue } = m.resource.current;
  // v1's current value is not optional, so an unset one reads as a zero quantity.
  return { type: m.type, resource: { name: m.resource.name, ...(averageUtilization !== undefined ? { currentAverageUtilization: averageUtilization } : {}), currentAverageValue: String(averageValue ?? "0") } };
}

function statusFromV1(m: V1MetricStatus): MetricStatus {
  if (!m.resource) return { type: m.type };
  const { name, currentAverageUtilization, currentAverageValue } = m.resource;
  return { type: m.type, resource: { name, current: { ...(currentAverageUtilization !== undefined ? { averageUtilization: currentAverageUtilization } : {}), averageValue: currentAverageValue } } };
}

function rulesToStored(r: HPAScalingRules | undefined): StoredRules | null {
  if (!r) return null;
  return {
    StabilizationWindowSeconds: r.stabilizationWindowSeconds ?? null,
    SelectPolicy: r.selectPolicy ?? null,
    Policies: r.policies ? r.policies.map((p) => ({ Type: p.type, Value: p.value, PeriodSeconds: p.periodSeconds })) : null,
  };
}

function rulesFromStored(r: StoredRules | null | undefined): HPAScalingRules | undefined {
  if (!r) return undefined;
  return {
    ...(r.StabilizationWindowSeconds != null ? { stabilizationWindowSeconds: r.StabilizationWindowSeconds } : {}),
    ...(r.SelectPolicy != null ? { selectPolicy: r.SelectPolicy } : {}),
    ...(r.Policies ? { policies: r.Policies.map((p) => ({ type: p.Type as "Pods" | "Percent", value: p.Value, periodSeconds: p.PeriodSeconds })) } : {}),
  };
}

function withoutRoundTrip(annotations: Record<string, string> | undefined): Record<string, string> | undefined {
  if (!annotations) return undefined;
  const rest = Object.fromEntries(Object.entries(annotations).filter(([k]) => !ROUND_TRIP.includes(k)));
  return Object.keys(rest).length > 0 ? rest : undefined;
}

function parseAnnotation<T>(annotations: Record<string, string> | undefined, key: string): T | undefined {
  const text = annotations?.[key];
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}

/** The v1 view of a stored HorizontalPodAutoscaler. */
export function hpaToV1(hpa: HorizontalPodAutoscaler): HorizontalPodAutoscalerV1 {
  const { spec, status } = hpa;
  const annotations: Record<string, string> = { ...(withoutRoundTrip(hpa.metadata.annotations) ?? {}) };
  const cpu = (spec.metrics ?? []).find((m) => m.type === "Resource" && m.resource?.name === "cpu");
  const others = (spec.metrics ?? []).filter((m) => !isCpuUtilization(m));
  if (others.length > 0) annotations[METRICS] = JSON.stringify(others.map(metricToV1));
  if (status?.currentMetrics && status.currentMetrics.length > 0) annotations[CURRENT_METRICS] = JSON.stringify(status.currentMetrics.map(statusToV1));
  if (status?.conditions && status.conditions.length > 0) annotations[CONDITIONS] = JSON.stringify(status.conditions);
  if (spec.behavior) annotations[BEHAVIOR] = JSON.stringify({ ScaleUp: rulesToStored(spec.behavior.scaleUp), ScaleDown: rulesToStored(spec.behavior.scaleDown) });
  const currentCpu = status?.currentMetrics?.find((m) => m.type === "Resource" && m.resource?.name === "cpu")?.resource?.current.averageUtilization;
  const { annotations: _dropped, ...metadata } = hpa.metadata;
  return {
    apiVersion: "autoscaling/v1",
    kind: "HorizontalPodAutoscaler",
    metadata: { ...metadata, ...(Object.keys(annotations).length > 0 ? { annotations } : {}) },
    spec: {
      scaleTargetRef: spec.scaleTargetRef,
      ...(spec.minReplicas !== undefined ? { minReplicas: spec.minReplicas } : {}),
      maxReplicas: spec.maxReplicas,
      ...(cpu?.resource?.target.averageUtilization !== undefined ? { targetCPUUtilizationPercentage: cpu.resource.target.averageUtilization } : {}),
    },
    // v1's replica counts are not optional: an object without status still shows them as zero.
    status: {
      ...(status?.observedGeneration !== undefined ? { observedGeneration: status.observedGeneration } : {}),
      ...(status?.lastScaleTime !== undefined ? { lastScaleTime: status.lastScaleTime } : {}),
      currentReplicas: status?.currentReplicas ?? 0,
      desiredReplicas: status?.desiredReplicas ?? 0,
      ...(currentCpu !== undefined ? { currentCPUUtilizationPercentage: currentCpu } : {}),
    },
  };
}

/** The stored (v2) object for a v1 body; the annotations written by `hpaToV1` come back as fields. */
export function hpaFromV1(v1: Partial<HorizontalPodAutoscalerV1> & Record<string, unknown>): HorizontalPodAutoscaler {
  const meta = v1.metadata ?? {};
  const spec: Partial<HorizontalPodAutoscalerV1["spec"]> = v1.spec ?? {};
  const metrics = (parseAnnotation<V1MetricSpec[]>(meta.annotations, METRICS) ?? []).map(metricFromV1);
  const cpu = spec.targetCPUUtilizationPercentage;
  if (cpu !== undefined) metrics.push({ type: "Resource", resource: { name: "cpu", target: { type: "Utilization", averageUtilization: cpu } } });
  // v1 once applied its CPU target in the controller; the conversion now makes it explicit.
  if (metrics.length === 0) metrics.push({ type: "Resource", resource: { name: "cpu", target: { type: "Utilization", averageUtilization: DEFAULT_CPU_UTILIZATION } } });
  const behavior = parseAnnotation<{ ScaleUp?: StoredRules | null; ScaleDown?: StoredRules | null }>(meta.annotations, BEHAVIOR);
  const scaleUp = rulesFromStored(behavior?.ScaleUp);
  const scaleDown = rulesFromStored(behavior?.ScaleDown);
  const annotations = withoutRoundTrip(meta.annotations);
  const { annotations: _dropped, ...rest } = meta;
  const status = v1.status;
  const conditions = parseAnnotation<NonNullable<HorizontalPodAutoscaler["status"]>["conditions"]>(meta.annotations, CONDITIONS);
  // The annotation holds every current metric with its raw value, so it wins over the CPU percentage.
  const current = parseAnnotation<V1MetricStatus[]>(meta.annotations, CURRENT_METRICS)?.map(statusFromV1);
  const currentCpu = status?.currentCPUUtilizationPercentage;
  const currentMetrics: MetricStatus[] | undefined = current ?? (currentCpu !== undefined ? [{ type: "Resource", resource: { name: "cpu", current: { averageUtilization: currentCpu } } }] : undefined);
  return {
    apiVersion: "autoscaling/v2",
    kind: "HorizontalPodAutoscaler",
    metadata: { ...rest, ...(annotations ? { annotations } : {}) },
    spec: {
      scaleTargetRef: spec.scaleTargetRef ?? { kind: "", name: "" },
      ...(spec.minReplicas !== undefined ? { minReplicas: spec.minReplicas } : {}),
      maxReplicas: spec.maxReplicas ?? 0,
      metrics,
      ...(behavior ? { behavior: { ...(scaleUp ? { scaleUp } : {}), ...(scaleDown ? { scaleDown } : {}) } } : {}),
    },
    ...(status
      ? {
          status: {
            ...(status.observedGeneration !== undefined ? { observedGeneration: status.observedGeneration } : {}),
            ...(status.lastScaleTime !== undefined ? { lastScaleTime: status.lastScaleTime } : {}),
            currentReplicas: status.currentReplicas ?? 0,
            desiredReplicas: status.desiredReplicas ?? 0,
            ...(currentMetrics ? { currentMetrics } : {}),
            ...(conditions ? { conditions } : {}),
          },
        }
      : {}),
  };
}
