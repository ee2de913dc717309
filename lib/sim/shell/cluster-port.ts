/**
 * PURPOSE: the part of the simulated cluster the shell reads and drives, so commands depend
 * on a narrow surface instead of the whole engine.
 * MODELS: the client side of https://kubernetes.io/docs/concepts/architecture/ (API server, node runtimes, Docker host)
 * NOT MODELLED: nothing; this is an interface.
 */
import type { ApiClient } from "../apiserver/client";
import type { Clock } from "../core/clock";
import type { DockerHost } from "../docker/host";
import type { CriReader } from "../runtime/types";
import type { RequestInput, RequestResult } from "../network/router";

export type ShellCluster = {
  api: ApiClient;
  clock: Clock;
  runtime?(node: string): CriReader | undefined;
  docker?: DockerHost;
  network?: { request(input: RequestInput): RequestResult };
  /** metrics-server's view; absent when the scenario runs no metrics-server */
  metrics?: {
    podUsage(namespace: string, name: string): { cpuMilli: number; memoryBytes: number } | undefined;
    nodeUsage(name: string): { cpuMilli: number; memoryBytes: number } | undefined;
  };
};
