import "server-only";

import type { Cluster, HorizontalPodAutoscaler } from "@/lib/sim";

import { fail, PASS, type CheckEvaluator } from "./lab-check-result";
import { named, plural } from "./lab-cluster-read";

function hpaFor(cluster: Cluster, target: string, namespace: string): HorizontalPodAutoscaler | undefined {
  return cluster.api
    .list<HorizontalPodAutoscaler>("horizontalpodautoscalers", { namespace })
    .items.find((h) => h.spec.scaleTargetRef.kind === "Deployment" && h.spec.scaleTargetRef.name === target);
}

function cpuTarget(hpa: HorizontalPodAutoscaler): number | undefined {
  const metric = hpa.spec.metrics?.find((m) => m.type === "Resource" && m.resource?.name === "cpu" && m.resource.target.type === "Utilization");
  return metric?.resource?.target.averageUtilization;
}

function noHpa(target: string, namespace: string) {
  return fail(`No HorizontalPodAutoscaler targets ${named("Deployment", target, namespace)}`);
}

export const hpaSpec: CheckEvaluator<"hpa"> = (cluster, check) => {
  const hpa = hpaFor(cluster, check.target, check.namespace);
  if (!hpa) return noHpa(check.target, check.namespace);
  const name = `HPA ${hpa.metadata.name}`;
  const min = hpa.spec.minReplicas ?? 1;
  const problems: string[] = [];
  if (min !== check.min || hpa.spec.maxReplicas !== check.max) {
    problems.push(`scales between ${min} and ${hpa.spec.maxReplicas} replicas, not ${check.min} and ${check.max}`);
  }
  const cpu = cpuTarget(hpa);
  if (cpu === undefined) problems.push("has no CPU utilization target");
  else if (cpu !== check.cpu) problems.push(`targets ${cpu}% CPU utilization, not ${check.cpu}%`);
  return problems.length === 0 ? PASS : fail(`${name} ${problems.join(" and ")}`);
};

export const hpaScaled: CheckEvaluator<"hpa-scaled"> = (cluster, check) => {
  const hpa = hpaFor(cluster, check.target, check.namespace);
  if (!hpa) return noHpa(check.target, check.namespace);
  const current = hpa.status?.currentReplicas ?? 0;
  if (current >= check.atLeast) return PASS;
  const name = `HPA ${hpa.metadata.name}`;
  const inactive = hpa.status?.conditions?.find((c) => c.type === "ScalingActive" && c.status === "False");
  if (inactive) return fail(`${name} cannot scale Deployment ${check.target}: ${inactive.message ?? inactive.reason}`);
  const utilization = hpa.status?.currentMetrics?.find((m) => m.resource?.name === "cpu")?.resource?.current.averageUtilization;
  const measured = utilization === undefined ? "no CPU measurement yet" : `CPU at ${utilization}% of requests, target ${cpuTarget(hpa) ?? "?"}%`;
  return fail(`${name} runs Deployment ${check.target} at ${plural(current, "replica")} (${measured}); it should have scaled to at least ${check.atLeast}`);
};
