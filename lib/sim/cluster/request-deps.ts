// PURPOSE: connects the request router to the cluster: pods by IP, what a pod answers, node addresses.
// MODELS: https://kubernetes.io/docs/concepts/services-networking/service/
// NOT MODELLED: NetworkPolicy enforcement; responses depend only on the image.

import type { Pod } from "../api/types";
import type { ApiClient } from "../apiserver/client";
import type { Clock } from "../core/clock";
import type { Rng } from "../core/rng";
import { accessLogTime } from "../docker/host";
import { resolveClusterName } from "../network/dns";
import { responseBody } from "../network/http-bodies";
import type { DeliverResult, RouterDeps } from "../network/router";
import type { KubeProxyFleet } from "../proxy/kube-proxy";
import type { ContainerRuntime } from "../runtime/containerd";
import { resolveImage } from "../runtime/registry";

const FORBIDDEN_BODY = `{
  "kind": "Status",
  "apiVersion": "v1",
  "metadata": {},
  "status": "Failure",
  "message": "forbidden: User \\"system:anonymous\\" cannot get path \\"/\\"",
  "reason": "Forbidden",
  "details": {},
  "code": 403
}`;

function listensOn(image: string, port: number): boolean {
  const r = resolveImage(image);
  return r.ok && r.image.ports.includes(`${port}/tcp`);
}

export function createRequestDeps(config: {
  api: ApiClient;
  clock: Clock;
  rng: Rng;
  proxies: KubeProxyFleet;
  runtimes: Map<string, ContainerRuntime>;
  nodeIPs: Map<string, string>;
  isPartitioned(node: string): boolean;
}): RouterDeps {
  const { api, clock } = config;
  const nodeByIP = new Map([...config.nodeIPs].map(([name, ip]) => [ip, name]));
  const nodeNames = [...config.nodeIPs.keys()];

  function deliver(pod: Pod, port: number, sourceIP: string): DeliverResult {
    const node = pod.spec.nodeName ?? "";
    const runtime = config.runtimes.get(node);
    const statuses = pod.status?.containerStatuses ?? [];
    for (const c of pod.spec.containers) {
      const st = statuses.find((s) => s.name === c.name);
      if (!st?.state?.running || !listensOn(c.image ?? "", port)) continue;
      const repo = resolveImage(c.image ?? "");
      const repository = repo.ok ? repo.image.repository : "";
      if (repository.endsWith("/kube-apiserver")) return { ok: true, status: 403, body: FORBIDDEN_BODY };
      const body = responseBody(repository);
      if (runtime && st.containerID) {
        runtime.appendLog(st.containerID.replace("containerd://", ""), `${sourceIP} - - [${accessLogTime(clock.now())}] "GET / HTTP/1.1" 200 ${body.length} "-" "curl/8.5.0" "-"`);
      }
      return { ok: true, status: 200, body };
    }
    return { ok: false };
  }

  return {
    rng: config.rng,
    defaultSource: () => nodeNames[0] ?? "",
    resolve: (name, namespace) => resolveClusterName(api, name, namespace)?.ips,
    tables: (node) => config.proxies.tables(node),
    nodeByIP: (ip) => nodeByIP.get(ip),
    podByIP(ip, port) {
      const pods = api.list<Pod>("pods", { namespace: "", fieldSelector: `status.podIP=${ip}` }).items.filter((p) => p.status?.phase === "Running");
      const pod = pods.find((p) => p.spec.containers.some((c) => listensOn(c.image ?? "", port))) ?? pods[0];
      return pod ? { pod, node: pod.spec.nodeName ?? "" } : undefined;
    },
    isPartitioned: config.isPartitioned,
    deliver,
    sourceIP: (node) => config.nodeIPs.get(node) ?? "",
  };
}
