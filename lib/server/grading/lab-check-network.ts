import "server-only";

import type { Cluster, EndpointSlice, Pod, Service } from "@/lib/sim";

import { fail, PASS, type CheckEvaluator } from "./lab-check-result";
import { findObject, labelQuery, listPods, named, notReadyNodes, plural } from "./lab-cluster-read";
import { describeUnready } from "./lab-pod-state";

function readyEndpoints(cluster: Cluster, service: string, namespace: string): number {
  const slices = cluster.api.list<EndpointSlice>("endpointslices", { namespace, labelSelector: `kubernetes.io/service-name=${service}` }).items;
  return slices.reduce((n, s) => n + s.endpoints.filter((e) => e.conditions?.ready !== false).length, 0);
}

function sameLabels(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => b[k] === a[k]);
}

function matchesText(n: number): string {
  return n === 0 ? "which matches no pods" : `which matches ${plural(n, "pod")}`;
}

export const serviceEndpoints: CheckEvaluator<"service-endpoints"> = (cluster, check) => {
  const service = findObject<Service>(cluster, "services", check.name, check.namespace);
  const what = named("Service", check.name, check.namespace);
  if (!service) return fail(`There is no ${what}`);
  const selector = service.spec.selector ?? {};
  if (Object.keys(selector).length === 0) return fail(`${what} has no selector, so no endpoints are kept for it`);
  const pods = listPods(cluster, check.namespace, selector);
  if (check.selector && !sameLabels(selector, check.selector)) {
    return fail(`${what} selects ${labelQuery(selector)}, ${matchesText(pods.length)}; it should select ${labelQuery(check.selector)}`);
  }
  const ready = readyEndpoints(cluster, check.name, check.namespace);
  if (ready === check.endpoints) return PASS;
  if (pods.length === 0) return fail(`${what} has no ready endpoints: it selects ${labelQuery(selector)}, ${matchesText(0)}`);
  const why = describeUnready(pods, notReadyNodes(cluster));
  return fail(`${what} has ${plural(ready, "ready endpoint")}, not ${check.endpoints}${why ? `: ${why}` : ""}`);
};

/** The KUBE-SEP chains kube-proxy wrote on the pod's node for the pod behind the Service (one per port). */
function endpointChains(cluster: Cluster, pod: Pod, service: string, namespace: string): Map<string, string> {
  const node = pod.spec.nodeName ?? cluster.nodes()[0]?.name;
  const chains = new Map<string, string>();
  if (!node) return chains;
  const owner = `${namespace}/${service}`;
  for (const rule of cluster.proxy(node).nat.rules) {
    if (!rule.chain.startsWith("KUBE-SEP-") || rule.target !== "DNAT" || !rule.toDestination) continue;
    if (rule.comment !== owner && !rule.comment?.startsWith(`${owner}:`)) continue;
    chains.set(rule.chain, rule.toDestination.split(":")[0] ?? "");
  }
  return chains;
}

export const endpointChain: CheckEvaluator<"endpoint-chain"> = (cluster, check) => {
  const pod = findObject<Pod>(cluster, "pods", check.pod, check.namespace);
  if (!pod) return fail(`There is no ${named("pod", check.pod, check.namespace)}`);
  const recorded = pod.metadata.annotations?.[check.annotation]?.trim();
  if (!recorded) return fail(`Pod ${check.pod} has no annotation ${check.annotation} (kubectl annotate pod ${check.pod} ${check.annotation}=KUBE-SEP-...)`);
  const chains = endpointChains(cluster, pod, check.service, check.namespace);
  const podIP = pod.status?.podIP;
  const mine = [...chains].filter(([, ip]) => ip === podIP).map(([chain]) => chain);
  if (mine.length === 0) return fail(`kube-proxy has no KUBE-SEP chain for pod ${check.pod} behind Service ${check.service}: the pod is not one of its ready endpoints`);
  if (mine.includes(recorded)) return PASS;
  const otherIP = chains.get(recorded);
  if (otherIP !== undefined) return fail(`${recorded} sends Service ${check.service}'s traffic to ${otherIP}, not to pod ${check.pod} (${podIP})`);
  if (recorded.startsWith("KUBE-SVC-")) return fail(`${recorded} is a Service chain, which picks an endpoint at random; the chain that sends traffic to pod ${check.pod} is the KUBE-SEP chain it jumps to`);
  return fail(`Pod ${check.pod} records ${recorded}, which is not a chain kube-proxy programmed for Service ${check.service}`);
};
