// PURPOSE: kube-proxy on every node: watches Services and EndpointSlices and (re)writes that node's iptables rules.
// One shared informer feeds all nodes; a node cut off from the API server keeps the rules it last had.
// MODELS: https://kubernetes.io/docs/reference/command-line-tools-reference/kube-proxy/
// NOT MODELLED: ipvs and nftables modes, minSyncPeriod batching (rules are rebuilt lazily when read), health check ports.

import type { EndpointSlice, Service } from "../api/types";
import type { ApiClient } from "../apiserver/client";
import { buildNatRules, type ProxyTables } from "./build-nat-rules";

export type KubeProxyFleet = {
  tables(nodeName: string): ProxyTables;
  /** the node loses the API server: its rules stop following changes */
  freeze(nodeName: string): void;
  unfreeze(nodeName: string): void;
  stop(): void;
};

type View = { services: Service[]; slices: EndpointSlice[] };

function objectKey(o: { metadata: { namespace?: string; name?: string } }): string {
  return `${o.metadata.namespace ?? ""}/${o.metadata.name ?? ""}`;
}

export function startKubeProxies(config: { api: ApiClient }): KubeProxyFleet {
  const services = new Map<string, Service>();
  const slices = new Map<string, EndpointSlice>();
  let version = 0;
  let sharedView: { version: number; view: View } | undefined;
  const frozen = new Map<string, View>();
  const cache = new Map<string, { version: number; tables: ProxyTables }>();

  const stopServices = config.api.watch<Service>("services", { namespace: "" }, (e) => {
    if (e.type === "DELETED") services.delete(objectKey(e.object));
    else services.set(objectKey(e.object), e.object);
    version++;
  });
  const stopSlices = config.api.watch<EndpointSlice>("endpointslices", { namespace: "" }, (e) => {
    if (e.type === "DELETED") slices.delete(objectKey(e.object));
    else slices.set(objectKey(e.object), e.object);
    version++;
  });

  function currentView(): View {
    if (!sharedView || sharedView.version !== version) {
      const sorted = <T extends { metadata: { namespace?: string; name?: string } }>(m: Map<string, T>) =>
        [...m.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => v);
      sharedView = { version, view: { services: sorted(services), slices: sorted(slices) } };
    }
    return sharedView.view;
  }

  return {
    tables(nodeName) {
      const stale = frozen.get(nodeName);
      if (stale) return buildNatRules(stale.services, stale.slices, { name: nodeName });
      const hit = cache.get(nodeName);
      if (hit && hit.version === version) return hit.tables;
      const view = currentView();
      const tables = buildNatRules(view.services, view.slices, { name: nodeName });
      cache.set(nodeName, { version, tables });
      return tables;
    },
    freeze(nodeName) {
      if (!frozen.has(nodeName)) frozen.set(nodeName, currentView());
    },
    unfreeze(nodeName) {
      frozen.delete(nodeName);
    },
    stop() {
      stopServices();
      stopSlices();
    },
  };
}
