import "server-only";

import type { Cluster } from "@/lib/sim";
import type { LabCheck, LabCheckKind } from "@/lib/server/content/labs/lab-schema";

export type CheckOutcome = { passed: true } | { passed: false; reason: string };

export const PASS: CheckOutcome = { passed: true };

export function fail(reason: string): CheckOutcome {
  return { passed: false, reason };
}

/** One evaluator per check kind: a pure read of the cluster's state. */
export type CheckEvaluator<K extends LabCheckKind> = (cluster: Cluster, check: Extract<LabCheck, { kind: K }>) => CheckOutcome;
