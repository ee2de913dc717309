// PURPOSE: the node IPAM controller (kube-controller-manager --allocate-node-cidrs): gives each registered node a /24 of the cluster CIDR.
// MODELS: https://kubernetes.io/docs/reference/command-line-tools-reference/kube-controller-manager/ (--allocate-node-cidrs, --cluster-cidr)
// NOT MODELLED: CIDR release when a node is deleted and re-registered with the same name keeps its old range.

import type { Node } from "../api/types";
import type { ApiClient } from "../apiserver/client";
import type { Clock } from "../core/clock";
import { isNotFound } from "../core/errors";
import { numberToIp, parseCidr } from "./ipv4";

export const CLUSTER_CIDR = "10.244.0.0/16";

export type NodeIpamController = { stop(): void; reconcile(nodeName: string): void };

export function startNodeIpamController(config: { api: ApiClient; clock: Clock; clusterCIDR?: string; nodeMaskSize?: number }): NodeIpamController {
  const { api, clock } = config;
  const cluster = parseCidr(config.clusterCIDR ?? CLUSTER_CIDR);
  const subnetSize = 2 ** (32 - (config.nodeMaskSize ?? 24));
  const taken = new Set<string>();
  const queued = new Set<string>();

  // Like the allocator's CIDR set, the search goes on from the last subnet given out, so a big cluster's
  // boot does not rescan every subnet before it for each node.
  let candidate = 0;
  function nextFree(): string | undefined {
    const subnets = cluster.size / subnetSize;
    for (let tried = 0; tried < subnets; tried++) {
      const i = (candidate + tried) % subnets;
      const cidr = `${numberToIp(cluster.base + i * subnetSize)}/${config.nodeMaskSize ?? 24}`;
      if (!taken.has(cidr)) {
        candidate = (i + 1) % subnets;
        return cidr;
      }
    }
    return undefined;
  }

  function reconcile(nodeName: string): void {
    queued.delete(nodeName);
    let node: Node;
    try {
      node = api.get<Node>("nodes", nodeName);
    } catch (e) {
      if (isNotFound(e)) return;
      throw e;
    }
    if (node.spec?.podCIDR) {
      taken.add(node.spec.podCIDR);
      return;
    }
    const cidr = nextFree();
    if (!cidr) return;
    taken.add(cidr);
    api.patch("nodes", nodeName, { spec: { podCIDR: cidr, podCIDRs: [cidr] } }, { type: "merge" });
  }

  const stopWatch = api.watch<Node>("nodes", {}, (e) => {
    if (e.type === "DELETED") return;
    const name = e.object.metadata.name ?? "";
    if (e.object.spec?.podCIDR) {
      taken.add(e.object.spec.podCIDR);
      return;
    }
    if (queued.has(name)) return;
    queued.add(name);
    clock.defer(() => reconcile(name));
  });

  return { stop: stopWatch, reconcile };
}
