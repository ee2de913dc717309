// PURPOSE: the public shape of a simulated cluster.
// MODELS: no Kubernetes component; the handle the shell, the UI, lab grading and tests hold.
// NOT MODELLED: n/a.

import type { KubernetesRelease } from "../api/releases";
import type { KubeObject } from "../api/types";
import type { ApiClient, UserInfo, WatchEvent } from "../apiserver/client";
import type { Clock } from "../core/clock";
import type { DockerHost } from "../docker/host";
import type { ProbeKind } from "../kubelet/health";
import type { Metrics } from "../metrics/load-model";
import type { RequestInput, RequestResult } from "../network/router";
import type { ProxyTables } from "../proxy/build-nat-rules";
import type { CriReader } from "../runtime/types";
import type { ScenarioDefinition } from "../scenarios/definitions";
import type { ClusterSnapshot } from "./journal";
import type { RealtimeHost } from "./realtime";

export type ClusterEvent = { kind: "change"; resource: string; event: WatchEvent<KubeObject> } | { kind: "time"; now: number };

export type Faults = {
  stopKubelet(node: string): void;
  startKubelet(node: string): void;
  crashContainer(namespace: string, pod: string, container?: string, opts?: { oomKilled?: boolean }): boolean;
  partitionNode(node: string): void;
  healNode(node: string): void;
  setUnhealthy(namespace: string, pod: string, container: string | undefined, probe: ProbeKind, failing: boolean): void;
  /** stop or start the cloud controller manager, to see a cluster without one (LoadBalancer Services stay pending) */
  stopCloudControllerManager(): void;
  startCloudControllerManager(): void;
};

export type NodeInfo = { name: string; role: "control-plane" | "worker"; internalIP: string; kubeletRunning: boolean; partitioned: boolean };

export type Cluster = {
  /** the emulated release, `v1.33.1` */
  readonly version: string;
  readonly release: KubernetesRelease;
  readonly scenario: ScenarioDefinition;
  readonly seed: number;
  api: ApiClient;
  as(user: UserInfo): ApiClient;
  clock: Pick<Clock, "now" | "pendingTimers">;
  advance(ms: number): void;
  settle(): void;
  startRealtime(host: RealtimeHost): () => void;
  faults: Faults;
  load: { setServiceLoad(namespace: string, service: string, rps: number): void };
  network: { request(input: RequestInput): RequestResult };
  nodes(): NodeInfo[];
  proxy(nodeName: string): ProxyTables;
  runtime(nodeName: string): CriReader | undefined;
  docker: DockerHost | undefined;
  metrics: Metrics;
  subscribe(listener: (e: ClusterEvent) => void): () => void;
  snapshot(): ClusterSnapshot;
  dump(): string;
};
