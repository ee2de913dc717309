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

export type ShellCluster = {
  api: ApiClient;
  clock: Clock;
  runtime?(node: string): CriReader | undefined;
  docker?: DockerHost;
};
