/**
 * PURPOSE: allocation of Service cluster IPs from the service CIDR and of node
 * ports from the node-port range, randomly (seeded) and without collisions.
 * MODELS: https://kubernetes.io/docs/concepts/services-networking/cluster-ip-allocation/
 * NOT MODELLED: the static/dynamic band split of the range, IPv6.
 */
import type { Rng } from "../core/rng";
import { NODE_PORT_MAX, NODE_PORT_MIN } from "./validation/service";

export const SERVICE_CIDR_BASE = ipToNumber("10.96.0.0");
export const SERVICE_CIDR_SIZE = 1 << 20;
export const KUBERNETES_SERVICE_IP = "10.96.0.1";
export const DNS_SERVICE_IP = "10.96.0.10";

export function ipToNumber(ip: string): number {
  return ip.split(".").reduce((n, o) => n * 256 + Number(o), 0);
}

export function numberToIp(n: number): string {
  return [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join(".");
}

export type Allocators = {
  allocateClusterIP(requested?: string): string | undefined;
  releaseClusterIP(ip: string): void;
  isClusterIPInRange(ip: string): boolean;
  allocateNodePort(requested?: number): number | undefined;
  releaseNodePort(port: number): void;
};

export function createAllocators(rng: Rng): Allocators {
  const ips = new Set<string>();
  const ports = new Set<number>();
  return {
    allocateClusterIP(requested) {
      if (requested) {
        if (ips.has(requested)) return undefined;
        ips.add(requested);
        return requested;
      }
      for (let tries = 0; tries < 10_000; tries++) {
        const ip = numberToIp(SERVICE_CIDR_BASE + 1 + rng.int(SERVICE_CIDR_SIZE - 2));
        if (ip === KUBERNETES_SERVICE_IP || ip === DNS_SERVICE_IP || ips.has(ip)) continue;
        ips.add(ip);
        return ip;
      }
      return undefined;
    },
    releaseClusterIP: (ip) => void ips.delete(ip),
    isClusterIPInRange(ip) {
      const n = ipToNumber(ip);
      return n > SERVICE_CIDR_BASE && n < SERVICE_CIDR_BASE + SERVICE_CIDR_SIZE - 1;
    },
    allocateNodePort(requested) {
      if (requested !== undefined) {
        if (ports.has(requested)) return undefined;
        ports.add(requested);
        return requested;
      }
      const span = NODE_PORT_MAX - NODE_PORT_MIN + 1;
      for (let tries = 0; tries < 100_000; tries++) {
        const p = NODE_PORT_MIN + rng.int(span);
        if (ports.has(p)) continue;
        ports.add(p);
        return p;
      }
      return undefined;
    },
    releaseNodePort: (port) => void ports.delete(port),
  };
}
