// PURPOSE: the CNI plugin's IPAM (host-local style): each node hands out pod IPs from its own podCIDR.
// MODELS: https://kubernetes.io/docs/concepts/cluster-administration/networking/ and the host-local IPAM plugin
// (https://www.cni.dev/plugins/current/ipam/host-local/): the next free address after the last one given, from .2,
// wrapping around; .1 is the node's bridge gateway. kube-proxy plays no part in this.
// NOT MODELLED: IPv6, multiple ranges, the on-disk reservation files.

import { ipToNumber, numberToIp, parseCidr } from "./ipv4";

export type PodIpam = {
  allocate(nodeName: string, podCIDR: string, owner: string): string | undefined;
  release(nodeName: string, ip: string): void;
  allocated(nodeName: string): Map<string, string>;
  state(): Record<string, { last: number; used: Record<string, string> }>;
};

type NodePool = { last: number; used: Map<string, string> };

export function createPodIpam(): PodIpam {
  const pools = new Map<string, NodePool>();

  function pool(nodeName: string): NodePool {
    let p = pools.get(nodeName);
    if (!p) pools.set(nodeName, (p = { last: 1, used: new Map() }));
    return p;
  }

  return {
    allocate(nodeName, podCIDR, owner) {
      const { base, size } = parseCidr(podCIDR);
      const p = pool(nodeName);
      const firstHost = 2;
      const lastHost = size - 2;
      for (let step = 1; step <= lastHost - firstHost + 1; step++) {
        let offset = p.last + step;
        if (offset > lastHost) offset = firstHost + ((offset - firstHost) % (lastHost - firstHost + 1));
        const ip = numberToIp(base + offset);
        if (!p.used.has(ip)) {
          p.used.set(ip, owner);
          p.last = offset;
          return ip;
        }
      }
      return undefined;
    },
    release(nodeName, ip) {
      pools.get(nodeName)?.used.delete(ip);
    },
    allocated: (nodeName) => new Map(pool(nodeName).used),
    state() {
      const out: Record<string, { last: number; used: Record<string, string> }> = {};
      for (const [name, p] of [...pools].sort(([a], [b]) => (a < b ? -1 : 1))) {
        out[name] = { last: p.last, used: Object.fromEntries([...p.used].sort(([a], [b]) => ipToNumber(a) - ipToNumber(b))) };
      }
      return out;
    },
  };
}
