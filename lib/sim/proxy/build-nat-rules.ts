// PURPOSE: kube-proxy (iptables mode) as a pure function: Services + EndpointSlices -> the nat and filter rules of one node.
// MODELS: https://kubernetes.io/docs/reference/networking/virtual-ips/#proxy-mode-iptables
// NOT MODELLED: session affinity, traffic policy Local (KUBE-SVL), LoadBalancerSourceRanges (KUBE-FW), topology hints,
// terminating-endpoint fallback.

import type { EndpointSlice, Service } from "../api/types";
import { endpointChainName, serviceChainName } from "./chain-name";
import { displayProbability, type IptablesRule, type IptablesTable, type ServicePortInfo } from "./rules";

export const CLUSTER_CIDR = "10.244.0.0/16";
const MASQ_MARK = "0x4000/0x4000";

type Protocol = ServicePortInfo["protocol"];

function toProtocol(p: string | undefined): Protocol {
  const lower = (p ?? "TCP").toLowerCase();
  return lower === "udp" ? "udp" : lower === "sctp" ? "sctp" : "tcp";
}

export function collectServicePorts(services: readonly Service[], slices: readonly EndpointSlice[]): ServicePortInfo[] {
  const slicesByService = new Map<string, EndpointSlice[]>();
  for (const slice of slices) {
    const owner = slice.metadata.labels?.["kubernetes.io/service-name"];
    if (!owner) continue;
    const key = `${slice.metadata.namespace}/${owner}`;
    slicesByService.set(key, [...(slicesByService.get(key) ?? []), slice]);
  }
  const out: ServicePortInfo[] = [];
  for (const svc of services) {
    const spec = svc.spec;
    if (spec.type === "ExternalName") continue;
    const clusterIP = spec.clusterIP && spec.clusterIP !== "None" ? spec.clusterIP : undefined;
    const ns = svc.metadata.namespace ?? "default";
    const name = svc.metadata.name ?? "";
    const mySlices = slicesByService.get(`${ns}/${name}`) ?? [];
    for (const port of spec.ports ?? []) {
      const protocol = toProtocol(port.protocol);
      const endpoints: ServicePortInfo["endpoints"] = [];
      const seen = new Set<string>();
      for (const slice of mySlices) {
        const slicePort = (slice.ports ?? []).find((p) => (p.name ?? "") === (port.name ?? "") && toProtocol(p.protocol) === protocol);
        if (!slicePort || slicePort.port === undefined) continue;
        for (const ep of slice.endpoints) {
          for (const ip of ep.addresses) {
            const key = `${ip}:${slicePort.port}`;
            if (seen.has(key)) continue;
            seen.add(key);
            endpoints.push({ ip, port: slicePort.port, ready: ep.conditions?.ready !== false, nodeName: ep.nodeName, podName: ep.targetRef?.name });
          }
        }
      }
      endpoints.sort((a, b) => compareEndpoint(`${a.ip}:${a.port}`, `${b.ip}:${b.port}`));
      out.push({
        namespace: ns,
        name,
        portName: port.name ?? "",
        protocol,
        clusterIP,
        port: port.port,
        nodePort: spec.type === "NodePort" || spec.type === "LoadBalancer" ? port.nodePort : undefined,
        externalIPs: spec.externalIPs ?? [],
        loadBalancerIPs: spec.type === "LoadBalancer" ? (svc.status?.loadBalancer?.ingress ?? []).flatMap((i) => (i.ip ? [i.ip] : [])) : [],
        endpoints,
      });
    }
  }
  out.sort((a, b) => compareEndpoint(servicePortName(a), servicePortName(b)));
  return out;
}

// kube-proxy orders endpoints by their "ip:port" string.
function compareEndpoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function servicePortName(sp: Pick<ServicePortInfo, "namespace" | "name" | "portName">): string {
  return `${sp.namespace}/${sp.name}${sp.portName ? `:${sp.portName}` : ""}`;
}

function hostCidr(ip: string): string {
  return `${ip}/32`;
}

export type ProxyTables = { nat: IptablesTable; filter: IptablesTable; servicePorts: ServicePortInfo[] };

export function buildNatRules(services: readonly Service[], endpointSlices: readonly EndpointSlice[], _node: { name: string }): ProxyTables {
  const servicePorts = collectServicePorts(services, endpointSlices);
  const natRules: IptablesRule[] = [
    { chain: "PREROUTING", comment: "kubernetes service portals", target: "KUBE-SERVICES" },
    { chain: "OUTPUT", comment: "kubernetes service portals", target: "KUBE-SERVICES" },
    { chain: "POSTROUTING", comment: "kubernetes postrouting rules", target: "KUBE-POSTROUTING" },
    { chain: "KUBE-MARK-MASQ", target: "MARK", setXmark: MASQ_MARK },
    { chain: "KUBE-POSTROUTING", markMatch: { value: MASQ_MARK, inverted: true }, target: "RETURN" },
    { chain: "KUBE-POSTROUTING", target: "MARK", setXmark: "0x4000/0x0" },
    { chain: "KUBE-POSTROUTING", comment: "kubernetes service traffic requiring SNAT", target: "MASQUERADE", masqueradeRandomFully: true },
  ];
  const filterRules: IptablesRule[] = [];
  const serviceRules: IptablesRule[] = [];
  const nodePortRules: IptablesRule[] = [];
  const chainRules: IptablesRule[] = [];
  const customChains = new Set<string>(["KUBE-MARK-MASQ", "KUBE-NODEPORTS", "KUBE-POSTROUTING", "KUBE-SERVICES"]);

  for (const sp of servicePorts) {
    const spn = servicePortName(sp);
    const proto = sp.protocol;
    const ready = sp.endpoints.filter((e) => e.ready);
    const svcChain = serviceChainName("KUBE-SVC-", spn, proto);
    const extChain = serviceChainName("KUBE-EXT-", spn, proto);
    const hasExternal = sp.nodePort !== undefined || sp.externalIPs.length > 0 || sp.loadBalancerIPs.length > 0;
    if (ready.length === 0) {
      if (sp.clusterIP) {
        filterRules.push({ chain: "KUBE-SERVICES", destination: hostCidr(sp.clusterIP), protocol: proto, comment: `${spn} has no endpoints`, protoMatch: true, dport: sp.port, target: "REJECT", rejectWith: "icmp-port-unreachable" });
      }
      if (sp.nodePort !== undefined) {
        filterRules.push({ chain: "KUBE-EXTERNAL-SERVICES", protocol: proto, comment: `${spn} has no endpoints`, dstTypeLocal: true, protoMatch: true, dport: sp.nodePort, target: "REJECT", rejectWith: "icmp-port-unreachable" });
      }
      continue;
    }
    customChains.add(svcChain);
    if (sp.clusterIP) {
      serviceRules.push({ chain: "KUBE-SERVICES", destination: hostCidr(sp.clusterIP), protocol: proto, comment: `${spn} cluster IP`, protoMatch: true, dport: sp.port, target: svcChain });
      chainRules.push({ chain: svcChain, source: CLUSTER_CIDR, notSource: true, destination: hostCidr(sp.clusterIP), protocol: proto, comment: `${spn} cluster IP`, protoMatch: true, dport: sp.port, target: "KUBE-MARK-MASQ" });
    }
    if (hasExternal) {
      customChains.add(extChain);
      for (const ip of sp.externalIPs) {
        serviceRules.push({ chain: "KUBE-SERVICES", destination: hostCidr(ip), protocol: proto, comment: `${spn} external IP`, protoMatch: true, dport: sp.port, target: extChain });
      }
      for (const ip of sp.loadBalancerIPs) {
        serviceRules.push({ chain: "KUBE-SERVICES", destination: hostCidr(ip), protocol: proto, comment: `${spn} loadbalancer IP`, protoMatch: true, dport: sp.port, target: extChain });
      }
      if (sp.nodePort !== undefined) {
        nodePortRules.push({ chain: "KUBE-NODEPORTS", protocol: proto, comment: spn, protoMatch: true, dport: sp.nodePort, target: extChain });
      }
      chainRules.push({ chain: extChain, comment: `masquerade traffic for ${spn} external destinations`, target: "KUBE-MARK-MASQ" });
      chainRules.push({ chain: extChain, target: svcChain });
    }
    ready.forEach((ep, i) => {
      const endpoint = `${ep.ip}:${ep.port}`;
      const sepChain = endpointChainName(spn, proto, endpoint);
      customChains.add(sepChain);
      const remaining = ready.length - i;
      chainRules.push({
        chain: svcChain,
        comment: `${spn} -> ${endpoint}`,
        probability: remaining > 1 ? displayProbability(1 / remaining) : undefined,
        target: sepChain,
      });
    });
    for (const ep of ready) {
      const endpoint = `${ep.ip}:${ep.port}`;
      const sepChain = endpointChainName(spn, proto, endpoint);
      chainRules.push({ chain: sepChain, source: hostCidr(ep.ip), comment: spn, target: "KUBE-MARK-MASQ" });
      chainRules.push({ chain: sepChain, protocol: proto, comment: spn, protoMatch: true, target: "DNAT", toDestination: endpoint });
    }
  }
  serviceRules.push({ chain: "KUBE-SERVICES", comment: "kubernetes service nodeports; NOTE: this must be the last rule in this chain", dstTypeLocal: true, target: "KUBE-NODEPORTS" });

  const builtins = ["PREROUTING", "INPUT", "OUTPUT", "POSTROUTING"].map((name) => ({ name, builtin: true }));
  const custom = [...customChains].sort().map((name) => ({ name, builtin: false }));
  const filterChains = ["INPUT", "FORWARD", "OUTPUT"].map((name) => ({ name, builtin: true }));
  const filterCustom = ["KUBE-EXTERNAL-SERVICES", "KUBE-SERVICES"].map((name) => ({ name, builtin: false }));
  return {
    nat: { name: "nat", chains: [...builtins, ...custom], rules: [...natRules, ...nodePortRules, ...serviceRules, ...chainRules] },
    filter: { name: "filter", chains: [...filterChains, ...filterCustom], rules: filterRules },
    servicePorts,
  };
}
