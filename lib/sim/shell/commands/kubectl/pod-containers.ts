/**
 * PURPOSE: find the runtime containers behind a pod's container (current and previous attempt)
 * by asking the runtime of the pod's node, as the kubelet does for logs and exec.
 * MODELS: https://kubernetes.io/docs/concepts/architecture/cri/
 * NOT MODELLED: log rotation.
 */
import type { Pod } from "../../../api/types";
import type { RuntimeContainer } from "../../../runtime/types";
import { KubectlError, type KubectlEnv } from "./command";

export function chooseContainer(pod: Pod, requested: string, verb: "logs" | "exec"): string {
  const names = pod.spec.containers.map((c) => c.name);
  const all = [...(pod.spec.initContainers ?? []).map((c) => c.name), ...names];
  if (requested !== "") {
    if (!all.includes(requested)) {
      throw new KubectlError(`${verb === "logs" ? "" : ""}container ${requested} is not valid for pod ${pod.metadata.name ?? ""}`);
    }
    return requested;
  }
  const defaulted = pod.metadata.annotations?.["kubectl.kubernetes.io/default-container"];
  if (defaulted && names.includes(defaulted)) return defaulted;
  return names[0];
}

export function runtimeContainers(env: KubectlEnv, pod: Pod, container: string): RuntimeContainer[] {
  const node = pod.spec.nodeName;
  if (!node) return [];
  const runtime = env.shell.cluster.runtime?.(node);
  if (!runtime) return [];
  const sandboxes = runtime.listPodSandboxes().filter((s) => s.name === pod.metadata.name && s.namespace === pod.metadata.namespace && (!pod.metadata.uid || s.uid === pod.metadata.uid));
  const ids = new Set(sandboxes.map((s) => s.id));
  return runtime
    .listContainers({ all: true })
    .filter((c) => ids.has(c.podSandboxId) && c.name === container)
    .sort((a, b) => a.attempt - b.attempt || a.createdAt - b.createdAt);
}

export function waitingMessage(pod: Pod, container: string): string | undefined {
  const status = [...(pod.status?.containerStatuses ?? []), ...(pod.status?.initContainerStatuses ?? [])].find((s) => s.name === container);
  const waiting = status?.state?.waiting;
  if (!status || (waiting && status.restartCount === 0 && !status.lastState?.terminated)) {
    return `container "${container}" in pod "${pod.metadata.name ?? ""}" is waiting to start: ${waiting?.reason ?? "ContainerCreating"}`;
  }
  return undefined;
}
