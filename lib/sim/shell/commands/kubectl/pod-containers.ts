/**
 * PURPOSE: which container of a pod `kubectl logs` and `kubectl exec` address when none is named.
 * MODELS: https://kubernetes.io/docs/reference/kubectl/generated/kubectl_logs/ (the default-container annotation)
 * NOT MODELLED: ephemeral containers.
 */
import type { Pod } from "../../../api/types";
import { KubectlError } from "./command";

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
