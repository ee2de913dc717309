// PURPOSE: a Docker host whose state-changing calls are recorded in the cluster's journal.
// MODELS: no Kubernetes component.
// NOT MODELLED: nothing beyond recording.

import type { DockerHost } from "../docker/host";
import { cloneJson, type JournalEntry } from "./journal";

const MUTATING = ["pull", "removeImage", "run", "start", "stop", "restart", "kill", "rm", "createNetwork", "removeNetwork", "crashContainer", "crashHost", "bootHost", "request"] as const;

export function journaledDocker(host: DockerHost, journal: JournalEntry[], isReplaying: () => boolean): DockerHost {
  const wrapped: DockerHost = { ...host };
  for (const method of MUTATING) {
    const original = host[method] as (...args: unknown[]) => unknown;
    Object.assign(wrapped, {
      [method]: (...args: unknown[]) => {
        if (!isReplaying()) journal.push({ op: "docker", method, args: cloneJson(args) });
        return original(...args);
      },
    });
  }
  return wrapped;
}
