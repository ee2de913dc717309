/**
 * PURPOSE: the Service REST hooks: allocate a cluster IP and node ports on create,
 * keep them on update, release them on delete.
 * MODELS: https://kubernetes.io/docs/concepts/services-networking/service/#type-nodeport
 * NOT MODELLED: dual-stack, health-check node ports.
 */
import type { Service } from "../api/types";
import { StatusError } from "../core/errors";
import type { Allocators } from "./allocators";
import { invalid } from "./validation/common";

function needsNodePorts(s: Service): boolean {
  return s.spec.type === "NodePort" || (s.spec.type === "LoadBalancer" && s.spec.allocateLoadBalancerNodePorts !== false);
}

export function allocateServiceAddresses(alloc: Allocators, s: Service, prev: Service | undefined): void {
  const name = s.metadata.name ?? "";
  if (s.spec.type === "ExternalName") return;
  if (prev?.spec.clusterIP && !s.spec.clusterIP) s.spec.clusterIP = prev.spec.clusterIP;
  if (!prev || !prev.spec.clusterIP) {
    if (s.spec.clusterIP !== "None") {
      const requested = s.spec.clusterIP || undefined;
      if (requested && !alloc.isClusterIPInRange(requested)) {
        throw StatusError.invalid("Service", name, [invalid("spec.clusterIPs", [requested], "failed to allocate IP " + requested + ": provided IP is not in the valid range. The range of valid IPs is 10.96.0.0/12")]);
      }
      const ip = alloc.allocateClusterIP(requested);
      if (!ip) {
        throw StatusError.invalid("Service", name, [invalid("spec.clusterIPs", [requested ?? ""], `failed to allocate IP ${requested}: provided IP is already allocated`)]);
      }
      s.spec.clusterIP = ip;
    }
  }
  s.spec.clusterIPs = s.spec.clusterIP ? [s.spec.clusterIP] : undefined;
  const ports = s.spec.ports ?? [];
  if (!needsNodePorts(s)) {
    for (const p of ports) delete p.nodePort;
    for (const p of prev?.spec.ports ?? []) if (p.nodePort) alloc.releaseNodePort(p.nodePort);
    return;
  }
  const prevPorts = new Map((prev?.spec.ports ?? []).map((p) => [`${p.port}/${p.protocol}`, p.nodePort]));
  const kept = new Set<number>();
  ports.forEach((p, i) => {
    const old = prevPorts.get(`${p.port}/${p.protocol}`);
    if (p.nodePort === undefined && old !== undefined) p.nodePort = old;
    if (p.nodePort !== undefined && p.nodePort === old) {
      kept.add(p.nodePort);
      return;
    }
    const got = alloc.allocateNodePort(p.nodePort);
    if (got === undefined) {
      throw StatusError.invalid("Service", name, [invalid(`spec.ports[${i}].nodePort`, p.nodePort, "provided port is already allocated")]);
    }
    p.nodePort = got;
    kept.add(got);
  });
  for (const p of prev?.spec.ports ?? []) if (p.nodePort && !kept.has(p.nodePort)) alloc.releaseNodePort(p.nodePort);
}

export function releaseServiceAddresses(alloc: Allocators, s: Service): void {
  if (s.spec.clusterIP && s.spec.clusterIP !== "None") alloc.releaseClusterIP(s.spec.clusterIP);
  for (const p of s.spec.ports ?? []) if (p.nodePort) alloc.releaseNodePort(p.nodePort);
}

export function registerExistingService(alloc: Allocators, s: Service): void {
  if (s.spec.clusterIP && s.spec.clusterIP !== "None") alloc.allocateClusterIP(s.spec.clusterIP);
  for (const p of s.spec.ports ?? []) if (p.nodePort) alloc.allocateNodePort(p.nodePort);
}
