/**
 * PURPOSE: the desired EndpointSlice content for a Service: one endpoint per pod
 * with an IP, its ready/serving/terminating conditions, and ports resolved from
 * the Service's targetPort (numbers or container port names).
 * MODELS: https://kubernetes.io/docs/concepts/services-networking/endpoint-slices/#conditions
 * NOT MODELLED: splitting into several slices past 100 endpoints, topology hints, zones.
 */
import type { Endpoint, EndpointPort, Pod, Service } from "../../api/types";
import { isPodReady } from "../shared/pod-util";

export function resolvePort(pod: Pod | undefined, target: number | string | undefined, fallback: number): number | undefined {
  if (typeof target === "number") return target;
  if (target === undefined || target === "") return fallback;
  if (/^\d+$/.test(target)) return Number(target);
  for (const c of pod?.spec.containers ?? []) {
    for (const p of c.ports ?? []) if (p.name === target) return p.containerPort;
  }
  return undefined;
}

export function desiredPorts(svc: Service, pods: Pod[]): EndpointPort[] {
  return (svc.spec.ports ?? []).map((p) => {
    const port = resolvePort(pods[0], p.targetPort, p.port);
    const out: EndpointPort = { name: p.name ?? "", port, protocol: p.protocol ?? "TCP" };
    if (port === undefined) delete out.port;
    if (p.appProtocol) out.appProtocol = p.appProtocol;
    return out;
  });
}

export function desiredEndpoints(svc: Service, pods: Pod[]): Endpoint[] {
  const out: Endpoint[] = [];
  for (const p of pods) {
    const ip = p.status?.podIP;
    if (!ip || p.status?.phase === "Succeeded" || p.status?.phase === "Failed") continue;
    const terminating = !!p.metadata.deletionTimestamp;
    if (terminating && svc.spec.publishNotReadyAddresses) continue;
    const ready = isPodReady(p);
    const e: Endpoint = {
      addresses: [ip],
      conditions: { ready: (ready && !terminating) || !!svc.spec.publishNotReadyAddresses, serving: ready, terminating },
      targetRef: { kind: "Pod", namespace: p.metadata.namespace, name: p.metadata.name ?? "", uid: p.metadata.uid },
    };
    if (p.spec.nodeName) e.nodeName = p.spec.nodeName;
    out.push(e);
  }
  return out.sort((a, b) => (a.addresses[0] < b.addresses[0] ? -1 : a.addresses[0] > b.addresses[0] ? 1 : 0));
}
