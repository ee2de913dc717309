/**
 * PURPOSE: find the runtime containers behind a pod's container (current and previous attempt)
 * by asking the runtime of the pod's node, as the kubelet does for logs and exec.
 * MODELS: https://kubernetes.io/docs/concepts/architecture/cri/
 * NOT MODELLED: log rotation.
 */
import type { Pod } from "../api/types";
import type { CriReader, RuntimeContainer } from "./types";

/** The attempts of one container of the pod, oldest first; empty when the pod has no node or runtime yet. */
export function runtimeContainers(runtimeOf: ((node: string) => CriReader | undefined) | undefined, pod: Pod, container: string): RuntimeContainer[] {
  const node = pod.spec.nodeName;
  if (!node) return [];
  const runtime = runtimeOf?.(node);
  if (!runtime) return [];
  const sandboxes = runtime.listPodSandboxes().filter((s) => s.name === pod.metadata.name && s.namespace === pod.metadata.namespace && (!pod.metadata.uid || s.uid === pod.metadata.uid));
  const ids = new Set(sandboxes.map((s) => s.id));
  return runtime
    .listContainers({ all: true })
    .filter((c) => ids.has(c.podSandboxId) && c.name === container)
    .sort((a, b) => a.attempt - b.attempt || a.createdAt - b.createdAt);
}

/** The kubelet's answer for the logs of a container that has not started yet. */
export function waitingMessage(pod: Pod, container: string): string | undefined {
  const status = [...(pod.status?.containerStatuses ?? []), ...(pod.status?.initContainerStatuses ?? [])].find((s) => s.name === container);
  const waiting = status?.state?.waiting;
  if (!status || (waiting && status.restartCount === 0 && !status.lastState?.terminated)) {
    return `container "${container}" in pod "${pod.metadata.name ?? ""}" is waiting to start: ${waiting?.reason ?? "ContainerCreating"}`;
  }
  return undefined;
}
