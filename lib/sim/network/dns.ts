// PURPOSE: cluster DNS as CoreDNS answers it: Service names, headless Services and pod A records.
// MODELS: https://kubernetes.io/docs/concepts/services-networking/dns-pod-service/
// NOT MODELLED: SRV records, ExternalName CNAMEs, stub domains, the node's own resolv.conf (names resolve as from a pod).

import type { EndpointSlice, Service } from "../api/types";
import type { ApiClient } from "../apiserver/client";
import { isNotFound } from "../core/errors";

export const CLUSTER_DOMAIN = "cluster.local";

export type DnsAnswer = { kind: "service"; service: Service; ips: string[] } | { kind: "pod"; ips: string[] };

export function serviceFqdn(name: string, namespace: string): string {
  return `${name}.${namespace}.svc.${CLUSTER_DOMAIN}`;
}

export function podARecord(ip: string, namespace: string): string {
  return `${ip.replaceAll(".", "-")}.${namespace}.pod.${CLUSTER_DOMAIN}`;
}

function getService(api: ApiClient, name: string, namespace: string): Service | undefined {
  try {
    return api.get<Service>("services", name, { namespace });
  } catch (e) {
    if (isNotFound(e)) return undefined;
    throw e;
  }
}

function readyAddresses(api: ApiClient, svc: Service): string[] {
  const slices = api.list<EndpointSlice>("endpointslices", {
    namespace: svc.metadata.namespace,
    labelSelector: `kubernetes.io/service-name=${svc.metadata.name}`,
  }).items;
  const ips = slices.flatMap((s) => s.endpoints.filter((e) => e.conditions?.ready !== false).flatMap((e) => e.addresses));
  return [...new Set(ips)].sort();
}

/** Resolves `web`, `web.ns`, `web.ns.svc`, `web.ns.svc.cluster.local` and `10-244-1-5.ns.pod.cluster.local`. */
export function resolveClusterName(api: ApiClient, name: string, namespace = "default"): DnsAnswer | undefined {
  let labels = name.replace(/\.$/, "").split(".");
  const domain = CLUSTER_DOMAIN.split(".");
  if (labels.length > domain.length && labels.slice(-domain.length).join(".") === CLUSTER_DOMAIN) labels = labels.slice(0, -domain.length);
  if (labels.length === 3 && labels[2] === "pod") {
    const ip = labels[0].replaceAll("-", ".");
    return /^\d+\.\d+\.\d+\.\d+$/.test(ip) ? { kind: "pod", ips: [ip] } : undefined;
  }
  if (labels.length === 3 && labels[2] !== "svc") return undefined;
  if (labels.length > 3) return undefined;
  const svcName = labels[0];
  const ns = labels.length >= 2 ? labels[1] : namespace;
  const svc = getService(api, svcName, ns);
  if (!svc || svc.spec.type === "ExternalName") return undefined;
  if (svc.spec.clusterIP === "None") return { kind: "service", service: svc, ips: readyAddresses(api, svc) };
  return svc.spec.clusterIP ? { kind: "service", service: svc, ips: [svc.spec.clusterIP] } : undefined;
}
