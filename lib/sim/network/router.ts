// PURPOSE: a simulated request (curl) from a node: resolve the name, follow the source node's kube-proxy nat rules
// (random endpoint choice with the rules' probabilities), deliver to the pod and report who answered.
// MODELS: https://kubernetes.io/docs/reference/networking/virtual-ips/ and https://kubernetes.io/docs/concepts/services-networking/dns-pod-service/
// NOT MODELLED: conntrack (every request chooses again), session affinity, NetworkPolicy enforcement, UDP.

import type { Pod } from "../api/types";
import type { Rng } from "../core/rng";
import type { ProxyTables } from "../proxy/build-nat-rules";
import { rulesOfChain, type IptablesRule, type IptablesTable } from "../proxy/rules";

export type RequestInput = { from?: string; target: string; namespace?: string };

export type AnsweringPod = { namespace: string; name: string; ip: string; node: string };

export type RequestResult =
  | { ok: true; status: number; body: string; pod: AnsweringPod; address: string; port: number; chains: string[] }
  | { ok: false; reason: "dns" | "refused" | "timeout"; message: string; chains: string[] };

export type DeliverResult = { ok: true; status: number; body: string } | { ok: false };

export type RouterDeps = {
  rng: Rng;
  defaultSource(): string;
  resolve(name: string, namespace: string): string[] | undefined;
  tables(nodeName: string): ProxyTables;
  nodeByIP(ip: string): string | undefined;
  podByIP(ip: string, port: number): { pod: Pod; node: string } | undefined;
  isPartitioned(nodeName: string): boolean;
  deliver(pod: Pod, port: number, sourceIP: string): DeliverResult;
  sourceIP(nodeName: string): string;
};

const TIMEOUT_MS = 130_000;

function parseTarget(target: string): { host: string; port: number } {
  const stripped = target.replace(/^https?:\/\//, "").split("/")[0];
  const colon = stripped.lastIndexOf(":");
  if (colon > 0) return { host: stripped.slice(0, colon), port: Number(stripped.slice(colon + 1)) };
  return { host: stripped, port: target.startsWith("https://") ? 443 : 80 };
}

function matches(rule: IptablesRule, ip: string, port: number, localNode: boolean): boolean {
  if (rule.destination && rule.destination !== `${ip}/32`) return false;
  if (rule.dport !== undefined && rule.dport !== port) return false;
  if (rule.protocol && rule.protocol !== "tcp") return false;
  if (rule.dstTypeLocal && !localNode) return false;
  return true;
}

type Walk = { dnat?: { ip: string; port: number }; chains: string[]; rejected: boolean };

function walkNat(nat: IptablesTable, filter: IptablesTable, ip: string, port: number, localNode: boolean, rng: Rng): Walk {
  const chains = ["KUBE-SERVICES"];
  if (filter.rules.some((r) => r.chain === (localNode ? "KUBE-EXTERNAL-SERVICES" : "KUBE-SERVICES") && r.target === "REJECT" && matches(r, ip, port, localNode))) {
    return { chains, rejected: true };
  }
  let chain = "KUBE-SERVICES";
  for (let depth = 0; depth < 8; depth++) {
    const rules = rulesOfChain(nat, chain);
    let next: string | undefined;
    for (const rule of rules) {
      if (rule.target === "KUBE-MARK-MASQ") continue;
      if (rule.target === "DNAT" && rule.toDestination) {
        const [dip, dport] = rule.toDestination.split(":");
        return { dnat: { ip: dip, port: Number(dport) }, chains, rejected: false };
      }
      if (chain === "KUBE-SERVICES" || chain === "KUBE-NODEPORTS") {
        if (!matches(rule, ip, port, localNode)) continue;
      } else if (rule.probability !== undefined && rng.next() >= Number(rule.probability)) continue;
      next = rule.target;
      break;
    }
    if (!next) return { chains, rejected: false };
    chains.push(next);
    chain = next;
  }
  return { chains, rejected: false };
}

export function sendRequest(deps: RouterDeps, input: RequestInput): RequestResult {
  const source = input.from ?? deps.defaultSource();
  const { host, port } = parseTarget(input.target);
  let ip = host;
  if (!/^\d+\.\d+\.\d+\.\d+$/.test(host)) {
    const ips = deps.resolve(host, input.namespace ?? "default");
    if (!ips || ips.length === 0) return { ok: false, reason: "dns", message: `curl: (6) Could not resolve host: ${host}`, chains: [] };
    ip = ips[deps.rng.int(ips.length)];
  }
  const refused = (chains: string[]): RequestResult => ({
    ok: false,
    reason: "refused",
    message: `curl: (7) Failed to connect to ${host} port ${port} after 0 ms: Couldn't connect to server`,
    chains,
  });
  const timeout = (chains: string[]): RequestResult => ({
    ok: false,
    reason: "timeout",
    message: `curl: (28) Failed to connect to ${host} port ${port} after ${TIMEOUT_MS} ms: Connection timed out`,
    chains,
  });

  // A NodePort on another node's address is handled by that node's rules.
  const targetNode = deps.nodeByIP(ip);
  const ruleNode = targetNode ?? source;
  if (targetNode && targetNode !== source && (deps.isPartitioned(targetNode) || deps.isPartitioned(source))) return timeout([]);
  const tables = deps.tables(ruleNode);
  const walk = walkNat(tables.nat, tables.filter, ip, port, targetNode !== undefined, deps.rng);
  if (walk.rejected) return refused(walk.chains);
  const dest = walk.dnat ?? { ip, port };
  const target = deps.podByIP(dest.ip, dest.port);
  if (!target) return walk.dnat || targetNode ? refused(walk.chains) : timeout(walk.chains);
  if (target.node !== source && (deps.isPartitioned(target.node) || deps.isPartitioned(source))) return timeout(walk.chains);
  const answer = deps.deliver(target.pod, dest.port, deps.sourceIP(source));
  if (!answer.ok) return refused(walk.chains);
  return {
    ok: true,
    status: answer.status,
    body: answer.body,
    address: dest.ip,
    port: dest.port,
    pod: { namespace: target.pod.metadata.namespace ?? "default", name: target.pod.metadata.name ?? "", ip: dest.ip, node: target.node },
    chains: walk.chains,
  };
}
