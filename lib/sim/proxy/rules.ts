// PURPOSE: the structured iptables rules kube-proxy writes, shared by the printers and the request router.
// MODELS: https://kubernetes.io/docs/reference/networking/virtual-ips/#proxy-mode-iptables
// NOT MODELLED: ip6tables, conntrack state, packet counters.

export type IptablesRule = {
  chain: string;
  source?: string;
  notSource?: boolean;
  destination?: string;
  protocol?: "tcp" | "udp" | "sctp";
  comment?: string;
  /** `-m tcp` with an optional --dport */
  protoMatch?: boolean;
  dport?: number;
  /** the probability as iptables stores and prints it (11 decimals) */
  probability?: string;
  markMatch?: { value: string; inverted: boolean };
  dstTypeLocal?: boolean;
  target: string;
  /** DNAT destination */
  toDestination?: string;
  setXmark?: string;
  masqueradeRandomFully?: boolean;
  rejectWith?: string;
};

export type Chain = { name: string; builtin: boolean };

export type IptablesTable = { name: "nat" | "filter"; chains: Chain[]; rules: IptablesRule[] };

/** Kube-proxy's view of a service port after joining Service and EndpointSlices. */
export type ServicePortInfo = {
  namespace: string;
  name: string;
  portName: string;
  protocol: "tcp" | "udp" | "sctp";
  clusterIP?: string;
  port: number;
  nodePort?: number;
  externalIPs: string[];
  loadBalancerIPs: string[];
  endpoints: { ip: string; port: number; ready: boolean; nodeName?: string; podName?: string }[];
};

export function rulesOfChain(table: IptablesTable, chain: string): IptablesRule[] {
  return table.rules.filter((r) => r.chain === chain);
}

/** iptables keeps probabilities as a 31-bit fraction and prints them with 11 decimals. */
export function displayProbability(p: number): string {
  return (Math.round(0x80000000 * p) / 0x80000000).toFixed(11);
}
