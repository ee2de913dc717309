// PURPOSE: a canonical text of the whole cluster state (API objects, runtimes, IPAM, Docker host, clock, rng),
// used to prove determinism: same inputs, same bytes.
// MODELS: no Kubernetes component.
// NOT MODELLED: timers in flight are represented only by their count.

import { RESOURCES } from "../api/resources";
import type { ApiClient } from "../apiserver/client";
import { stableStringify } from "../core/clone";
import type { DockerHost } from "../docker/host";
import type { ContainerRuntime } from "../runtime/containerd";

export function dumpState(parts: {
  api: ApiClient;
  now: number;
  rngState: number;
  pendingTimers: number;
  runtimes: Map<string, ContainerRuntime>;
  ipam: unknown;
  docker?: DockerHost;
  extra: Record<string, unknown>;
}): string {
  const objects: Record<string, unknown[]> = {};
  for (const info of RESOURCES) {
    if (!info.verbs.includes("list")) continue;
    try {
      objects[info.group ? `${info.resource}.${info.group}` : info.resource] = parts.api.list(info.resource, { namespace: "" }).items;
    } catch {
      objects[info.resource] = [];
    }
  }
  const runtimes: Record<string, unknown> = {};
  for (const [name, rt] of [...parts.runtimes].sort(([a], [b]) => (a < b ? -1 : 1))) {
    runtimes[name] = { sandboxes: rt.listPodSandboxes(), containers: rt.listContainers({ all: true }), images: rt.listImages() };
  }
  let docker: unknown;
  if (parts.docker) {
    docker = parts.docker.isRunning()
      ? { running: true, containers: parts.docker.ps({ all: true }), images: parts.docker.images(), networks: parts.docker.networks() }
      : { running: false };
  }
  return stableStringify({ now: parts.now, rng: parts.rngState, timers: parts.pendingTimers, objects, runtimes, ipam: parts.ipam, docker, ...parts.extra });
}
