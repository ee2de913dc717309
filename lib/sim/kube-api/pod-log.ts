/**
 * PURPOSE: the pods/log subresource: the kubelet's answer with a container's output (current or
 * previous attempt, tail, timestamps), and with follow=true a stream of new lines as time passes.
 * MODELS: https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#get-read-log-of-the-specified-pod
 * NOT MODELLED: sinceSeconds, sinceTime, limitBytes; a followed stream ends only when the client leaves.
 */
import type { Pod } from "../api/types";
import { StatusError } from "../core/errors";
import { formatTimestamp } from "../core/time";
import { runtimeContainers, waitingMessage } from "../runtime/pod-containers";
import type { LogLine } from "../runtime/types";
import type { UserInfo } from "../apiserver/client";
import type { ApiResponse, KubeApiBackend } from "./types";

function render(line: LogLine, stamps: boolean): string {
  const text = line.text.endsWith("\n") ? line.text : `${line.text}\n`;
  return stamps ? `${formatTimestamp(line.time).replace("Z", ".000000000Z")} ${text}` : text;
}

export function podLog(backend: KubeApiBackend, user: UserInfo, namespace: string, name: string, query: Record<string, string>): ApiResponse {
  const pod = backend.api.as(user).get<Pod>("pods", name, { namespace });
  const names = pod.spec.containers.map((c) => c.name);
  const all = [...(pod.spec.initContainers ?? []).map((c) => c.name), ...names];
  let container = query.container ?? "";
  if (container === "") {
    if (names.length > 1) throw StatusError.badRequest(`a container name must be specified for pod ${name}, choose one of: [${names.join(" ")}]`);
    container = names[0];
  } else if (!all.includes(container)) {
    throw StatusError.badRequest(`container ${container} is not valid for pod ${name}`);
  }
  const attempts = runtimeContainers(backend.runtime, pod, container);
  const previous = query.previous === "true";
  const chosen = previous ? attempts[attempts.length - 2] : attempts[attempts.length - 1];
  if (!chosen) {
    if (previous) throw StatusError.badRequest(`previous terminated container "${container}" in pod "${name}" not found`);
    throw StatusError.badRequest(waitingMessage(pod, container) ?? `container "${container}" in pod "${name}" is not available`);
  }
  const stamps = query.timestamps === "true";
  const tail = query.tailLines === undefined ? -1 : Number(query.tailLines);
  const lines = tail >= 0 ? chosen.logs.slice(Math.max(0, chosen.logs.length - tail)) : chosen.logs;
  const text = lines.map((l) => render(l, stamps)).join("");
  const subscribe = backend.subscribe;
  if (query.follow !== "true" || previous || !subscribe) return { status: 200, contentType: "text/plain", body: text };
  const node = pod.spec.nodeName ?? "";
  return {
    status: 200,
    contentType: "text/plain",
    stream: {
      start(write) {
        write(text);
        let seen = chosen.logs.length;
        return subscribe((event) => {
          if (event.kind !== "time") return;
          const now = backend.runtime?.(node)?.getContainer(chosen.id)?.logs ?? [];
          if (now.length <= seen) return;
          write(now.slice(seen).map((l) => render(l, stamps)).join(""));
          seen = now.length;
        });
      },
    },
  };
}
