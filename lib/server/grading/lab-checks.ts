import "server-only";

import type { LabCheckResult } from "@/lib/labs/types";
import type { LabCheck, LabCheckKind } from "@/lib/server/content/labs/lab-schema";
import type { Cluster } from "@/lib/sim";

import { hpaScaled, hpaSpec } from "./lab-check-autoscaling";
import { endpointChain, serviceEndpoints } from "./lab-check-network";
import type { CheckEvaluator, CheckOutcome } from "./lab-check-result";
import { deploymentImage, deploymentReady, deploymentRequests, deploymentRevision, nodeReady, podsOnNode } from "./lab-check-workloads";

const EVALUATORS: { [K in LabCheckKind]: CheckEvaluator<K> } = {
  "deployment-ready": deploymentReady,
  "deployment-image": deploymentImage,
  "deployment-revision": deploymentRevision,
  "deployment-requests": deploymentRequests,
  "service-endpoints": serviceEndpoints,
  "pods-on-node": podsOnNode,
  "node-ready": nodeReady,
  hpa: hpaSpec,
  "hpa-scaled": hpaScaled,
  "endpoint-chain": endpointChain,
};

export function evaluateCheck(cluster: Cluster, check: LabCheck): CheckOutcome {
  const evaluate = EVALUATORS[check.kind] as CheckEvaluator<typeof check.kind>;
  return evaluate(cluster, check);
}

/** Grades a cluster's state against a lab's checks: a pure read, no time passes. */
export function gradeLab(cluster: Cluster, checks: readonly LabCheck[]): { passed: boolean; checks: LabCheckResult[] } {
  const results = checks.map((check): LabCheckResult => {
    const outcome = evaluateCheck(cluster, check);
    return outcome.passed ? { id: check.id, title: check.title, passed: true } : { id: check.id, title: check.title, passed: false, reason: outcome.reason };
  });
  return { passed: results.every((r) => r.passed), checks: results };
}
