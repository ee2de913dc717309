/**
 * PURPOSE: `kubectl logs POD|TYPE/NAME [-c CONTAINER] [--previous] [--tail N]`: the container's
 * output as the node's runtime recorded it; `-f` keeps running and prints new lines as virtual
 * time passes.
 * MODELS: https://kubernetes.io/docs/concepts/cluster-administration/logging/
 * NOT MODELLED: --since, --timestamps formatting beyond RFC3339; `-f` does not end by itself when
 * the container exits (Ctrl-C ends it).
 */
import type { Pod } from "../../../api/types";
import type { LogLine } from "../../../runtime/types";
import { isNotFound, StatusError } from "../../../core/errors";
import { formatTimestamp } from "../../../core/time";
import { KubectlError, UsageError, type KubectlCommand, type KubectlEnv } from "./command";
import { flagBool, flagInt, flagString } from "./flags";
import { runtimeContainers, waitingMessage } from "../../../runtime/pod-containers";
import { chooseContainer } from "./pod-containers";
import { parseResourceArgs } from "./resource-args";

export function resolvePod(arg: string, env: KubectlEnv, io: { err(t: string): void }): Pod {
  if (!arg.includes("/")) return env.api.get<Pod>("pods", arg, { namespace: env.namespace });
  const [request] = parseResourceArgs([arg]);
  if (request.info.resource === "pods") return env.api.get<Pod>("pods", request.names[0], { namespace: env.namespace });
  const owner = env.api.get(request.info.resource, request.names[0], { namespace: env.namespace });
  const selector = (owner as { spec?: { selector?: { matchLabels?: Record<string, string> } | Record<string, string> } }).spec?.selector;
  const labels = selector && "matchLabels" in selector ? selector.matchLabels : (selector as Record<string, string> | undefined);
  const text = Object.entries(labels ?? {}).map(([k, v]) => `${k}=${v}`).join(",");
  const pods = env.api.list<Pod>("pods", { namespace: env.namespace, labelSelector: text }).items.filter((p) => !p.metadata.deletionTimestamp);
  if (pods.length === 0) throw new KubectlError(`timed out waiting for the condition`);
  if (pods.length > 1) io.err(`Found ${pods.length} pods, using pod/${pods[0].metadata.name ?? ""}\n`);
  return pods[0];
}

// For a bare pod name kubectl's logs words a missing pod itself, naming the namespace.
function podForLogs(arg: string, env: KubectlEnv, io: { err(t: string): void }): Pod {
  try {
    return resolvePod(arg, env, io);
  } catch (e) {
    if (arg.includes("/") || !isNotFound(e)) throw e;
    throw new KubectlError(`error from server (NotFound): pods "${arg}" not found in namespace "${env.namespace}"`);
  }
}

export const logsCommand: KubectlCommand = {
  path: "logs",
  flags: [
    { name: "container", short: "c", type: "string" },
    { name: "previous", short: "p", type: "bool" },
    { name: "follow", short: "f", type: "bool" },
    { name: "tail", type: "int" },
    { name: "timestamps", type: "bool" },
    { name: "all-containers", type: "bool" },
    { name: "selector", short: "l", type: "string" },
    { name: "since", type: "string" },
  ],
  run(flags, env, io) {
    if (flags.args.length === 0) throw new UsageError("expected POD_NAME or TYPE/NAME");
    const pod = podForLogs(flags.args[0], env, io);
    const podName = pod.metadata.name ?? "";
    let containerName = flagString(flags, "container") || flags.args[1] || "";
    if (containerName === "" && pod.spec.containers.length > 1 && !pod.metadata.annotations?.["kubectl.kubernetes.io/default-container"]) {
      io.err(`Defaulted container "${pod.spec.containers[0].name}" out of: ${pod.spec.containers.map((c) => c.name).join(", ")}\n`);
    }
    containerName = chooseContainer(pod, containerName, "logs");
    const attempts = runtimeContainers(env.shell.cluster.runtime, pod, containerName);
    const previous = flagBool(flags, "previous");
    const chosen = previous ? attempts[attempts.length - 2] : attempts[attempts.length - 1];
    if (!chosen) {
      if (previous) throw StatusError.badRequest(`previous terminated container "${containerName}" in pod "${podName}" not found`);
      throw StatusError.badRequest(waitingMessage(pod, containerName) ?? `container "${containerName}" in pod "${podName}" is not available`);
    }
    let lines = chosen.logs;
    const tail = flagInt(flags, "tail");
    if (tail !== undefined && tail >= 0) lines = lines.slice(Math.max(0, lines.length - tail));
    const stamps = flagBool(flags, "timestamps");
    const render = (line: LogLine) => `${stamps ? `${formatTimestamp(line.time).replace("Z", ".000000000Z")} ` : ""}${line.text.endsWith("\n") ? line.text : `${line.text}\n`}`;
    for (const line of lines) io.out(render(line));
    const subscribe = env.shell.cluster.subscribe;
    if (flagBool(flags, "follow") && !previous && subscribe) {
      const node = pod.spec.nodeName ?? "";
      let last = chosen.logs[chosen.logs.length - 1];
      io.follow?.((write) =>
        subscribe((event) => {
          if (event.kind !== "time") return;
          const now = env.shell.cluster.runtime?.(node)?.getContainer(chosen.id)?.logs ?? [];
          const from = last === undefined ? 0 : now.lastIndexOf(last) + 1;
          const fresh = from > 0 || last === undefined ? now.slice(from) : now.filter((l) => l.time > (last?.time ?? 0));
          if (fresh.length === 0) return;
          last = fresh[fresh.length - 1];
          write(fresh.map(render).join(""));
        }),
      );
    }
    return 0;
  },
};
