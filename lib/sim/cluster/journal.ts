// PURPOSE: the record of every external operation on a cluster, so a snapshot can be restored by deterministic replay.
// MODELS: kube-scheduler-simulator's snapshot/replay idea; no Kubernetes component.
// NOT MODELLED: compaction of long journals.

import type { UserInfo } from "../apiserver/client";

export type JournalEntry =
  | { op: "api"; user?: UserInfo; verb: "create" | "update" | "patch" | "delete"; args: unknown[] }
  | { op: "advance"; ms: number }
  | { op: "settle" }
  | { op: "fault"; name: string; args: unknown[] }
  | { op: "load"; namespace: string; service: string; rps: number }
  | { op: "request"; input: unknown }
  | { op: "docker"; method: string; args: unknown[] };

export type ClusterSnapshot = {
  version: 1;
  scenario: string | Record<string, unknown>;
  seed: number;
  /** the emulated release when it is not the default */
  k8sVersion?: string;
  /** the hand-over time when it is not the default epoch */
  epochMs?: number;
  journal: JournalEntry[];
};

export function cloneJson<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}
