/**
 * PURPOSE: the part of the simulated cluster the shell reads and drives, so commands depend
 * on a narrow surface instead of the whole engine (the full Cluster satisfies it).
 * MODELS: the client side of https://kubernetes.io/docs/concepts/architecture/ (API server, node runtimes, Docker host)
 * NOT MODELLED: nothing; this is an interface.
 */
import type { KubernetesRelease } from "../api/releases";
import type { ApiClient } from "../apiserver/client";
import type { DockerHost } from "../docker/host";
import type { RequestInput, RequestResult } from "../network/router";
import type { ProxyTables } from "../proxy/build-nat-rules";
import type { CriReader } from "../runtime/types";

export type Usage = { cpuMilli: number; memoryBytes: number };

export type ShellCluster = {
  api: ApiClient;
  /** the emulated release (`kubectl version`); the default release when absent */
  release?: KubernetesRelease;
  clock: { now(): number };
  /** moves virtual time forward (recorded, so a replay reaches the same state) */
  advance(ms: number): void;
  settle(): void;
  runtime?(node: string): CriReader | undefined;
  docker?: DockerHost;
  network?: { request(input: RequestInput): RequestResult };
  proxy?(node: string): ProxyTables;
  nodes?(): { name: string; kubeletRunning: boolean; partitioned?: boolean }[];
  /** object changes and time ticks (after every advance); `kubectl logs -f` follows on the ticks */
  subscribe?(listener: (e: { kind: string }) => void): () => void;
  /** metrics-server's view; isAvailable() is false when the scenario runs no metrics-server */
  metrics?: { isAvailable(): boolean; podMetrics(namespace: string, pod: string): Usage | undefined; nodeMetrics(node: string): Usage | undefined };
};
