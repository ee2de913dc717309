// PURPOSE: the JSON `crictl inspect` prints for a container (its "status" part and a short "info").
// MODELS: CRI ContainerStatus, https://kubernetes.io/docs/tasks/debug/debug-cluster/crictl/
// NOT MODELLED: the runtime spec (OCI config) that containerd adds under "info".

import type { RuntimeContainer, RuntimeImage } from "./types";

function nanoTime(ms: number | undefined): string {
  if (ms === undefined) return "0001-01-01T00:00:00Z";
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, ".$1000000Z");
}

const STATE_NAMES: Record<RuntimeContainer["state"], string> = {
  CONTAINER_CREATED: "CONTAINER_CREATED",
  CONTAINER_RUNNING: "CONTAINER_RUNNING",
  CONTAINER_EXITED: "CONTAINER_EXITED",
  CONTAINER_UNKNOWN: "CONTAINER_UNKNOWN",
};

export function inspectContainer(c: RuntimeContainer, images: Map<string, RuntimeImage>): Record<string, unknown> {
  let imageName = c.image;
  for (const image of images.values()) if (image.id === c.imageId) imageName = `${image.repository}:${image.tag}`;
  return {
    status: {
      id: c.id,
      metadata: { attempt: c.attempt, name: c.name },
      state: STATE_NAMES[c.state],
      createdAt: nanoTime(c.createdAt),
      startedAt: nanoTime(c.startedAt),
      finishedAt: nanoTime(c.finishedAt),
      exitCode: c.exitCode ?? 0,
      image: { annotations: {}, image: imageName, runtimeHandler: "", userSpecifiedImage: "" },
      imageRef: c.imageDigest,
      reason: c.reason ?? "",
      message: c.message ?? "",
      labels: c.labels,
      annotations: {},
      mounts: [],
      logPath: c.logPath,
      resources: null,
      imageId: c.imageId,
      user: { linux: { gid: "0", supplementalGroups: ["0"], uid: "0" } },
    },
    info: { sandboxID: c.podSandboxId, pid: c.state === "CONTAINER_RUNNING" ? 1000 + (parseInt(c.id.slice(0, 4), 16) % 60000) : 0 },
  };
}
