/**
 * PURPOSE: `kubectl get hpa` columns with the TARGETS form `cpu: 62%/50%`.
 * MODELS: printHorizontalPodAutoscaler and formatHPAMetrics in kubernetes pkg/printers/internalversion,
 * https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale-walkthrough/
 * NOT MODELLED: Object and External metric sources.
 */
import type { HorizontalPodAutoscaler, MetricSpec, MetricStatus } from "../../api/types";
import { age, AGE_COLUMN, col, NAME_COLUMN, type TableHandler } from "./common";

function formatMetric(spec: MetricSpec, statuses: MetricStatus[]): string {
  if (spec.type !== "Resource" || !spec.resource) return `<unknown>/<unknown>`;
  const name = spec.resource.name;
  const target = spec.resource.target;
  const current = statuses.find((s) => s.type === "Resource" && s.resource?.name === name)?.resource?.current;
  if (target.type === "Utilization" || target.averageUtilization !== undefined) {
    const cur = current?.averageUtilization !== undefined ? `${current.averageUtilization}%` : "<unknown>";
    const tgt = target.averageUtilization !== undefined ? `${target.averageUtilization}%` : "<auto>";
    return `${name}: ${cur}/${tgt}`;
  }
  const cur = current?.averageValue ?? "<unknown>";
  return `${name}: ${cur}/${target.averageValue ?? "<auto>"}`;
}

export function formatHpaTargets(h: HorizontalPodAutoscaler): string {
  const specs = h.spec.metrics ?? [];
  if (specs.length === 0) return "<none>";
  const statuses = h.status?.currentMetrics ?? [];
  const max = 2;
  const list = specs.slice(0, max).map((m) => formatMetric(m, statuses));
  if (specs.length > max) return `${list.join(", ")} + ${specs.length - max} more...`;
  return list.join(", ");
}

export const hpaTable: TableHandler = {
  columns: [
    NAME_COLUMN,
    col("Reference", "string", 0, "Reference to the target resource."),
    col("Targets", "string", 0, "Current and target values of the metrics that the autoscaler uses."),
    col("MinPods", "string", 0, "Lower limit for the number of pods that can be set by the autoscaler, default 1."),
    col("MaxPods", "integer", 0, "Upper limit for the number of pods that can be set by the autoscaler; cannot be smaller than MinReplicas."),
    col("Replicas", "integer", 0, "Current number of replicas of pods managed by this autoscaler."),
    AGE_COLUMN,
  ],
  row(obj, now) {
    const h = obj as HorizontalPodAutoscaler;
    return [
      h.metadata.name ?? "",
      `${h.spec.scaleTargetRef.kind}/${h.spec.scaleTargetRef.name}`,
      formatHpaTargets(h),
      h.spec.minReplicas !== undefined ? String(h.spec.minReplicas) : "<unset>",
      h.spec.maxReplicas,
      h.status?.currentReplicas ?? 0,
      age(h.metadata.creationTimestamp, now),
    ];
  },
};
