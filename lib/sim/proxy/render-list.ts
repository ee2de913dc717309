// PURPOSE: print an iptables table the way `iptables -t nat -L [chain] [-n] [-v]` does.
// MODELS: iptables(8) list output; the chains are kube-proxy's, https://kubernetes.io/docs/reference/networking/virtual-ips/#proxy-mode-iptables
// NOT MODELLED: reverse DNS beyond 0.0.0.0/0 -> anywhere, packet counters (always 0), --line-numbers.

import type { IptablesRule, IptablesTable } from "./rules";

export type ListOptions = { chain?: string; numeric?: boolean; verbose?: boolean };

const SERVICE_NAMES: Record<number, string> = { 53: "domain", 80: "http", 443: "https", 8080: "http-alt" };

function address(cidr: string | undefined, numeric: boolean): string {
  if (!cidr || cidr === "0.0.0.0/0") return numeric ? "0.0.0.0/0" : "anywhere";
  return cidr.endsWith("/32") ? cidr.slice(0, -3) : cidr;
}

function extras(rule: IptablesRule, numeric: boolean): string {
  const parts: string[] = [];
  if (rule.markMatch) parts.push(`mark match ${rule.markMatch.inverted ? "! " : ""}${rule.markMatch.value}`);
  if (rule.comment) parts.push(`/* ${rule.comment} */`);
  if (rule.dstTypeLocal) parts.push("ADDRTYPE match dst-type LOCAL");
  if (rule.protoMatch && rule.protocol) {
    if (rule.dport !== undefined) {
      const port = numeric ? String(rule.dport) : (SERVICE_NAMES[rule.dport] ?? String(rule.dport));
      parts.push(`${rule.protocol} dpt:${port}`);
    } else if (rule.target !== "DNAT") parts.push(rule.protocol);
  }
  if (rule.probability) parts.push(`statistic mode random probability ${rule.probability}`);
  if (rule.setXmark) parts.push(rule.setXmark === "0x4000/0x4000" ? "MARK or 0x4000" : "MARK xor 0x4000");
  if (rule.toDestination) parts.push(`${rule.protocol ?? "tcp"} to:${rule.toDestination}`);
  if (rule.masqueradeRandomFully) parts.push("random-fully");
  if (rule.rejectWith) parts.push(`reject-with ${rule.rejectWith}`);
  return parts.join(" ");
}

function padEnd(text: string, width: number): string {
  return text.length >= width ? text : text + " ".repeat(width - text.length);
}

function padStart(text: string, width: number): string {
  return text.length >= width ? text : " ".repeat(width - text.length) + text;
}

function row(rule: IptablesRule, opts: ListOptions): string {
  const numeric = opts.numeric === true;
  const counters = opts.verbose ? `${padStart("0", 5)} ${padStart("0", 5)} ` : "";
  const target = `${padEnd(rule.target, 9)} `;
  const prot = ` ${padEnd(rule.protocol ?? "all", 5)}`;
  const ifaces = opts.verbose ? `  ${padEnd("*", 6)}  ${padEnd("*", 6)} ` : " ";
  const src = `${rule.notSource ? "!" : " "}${padEnd(address(rule.source, numeric), 19)} `;
  const dst = ` ${padEnd(address(rule.destination, numeric), 19)} `;
  const tail = extras(rule, numeric);
  return `${counters}${target}${prot}--${ifaces}${src}${dst} ${tail}`.trimEnd();
}

function header(opts: ListOptions): string {
  if (opts.verbose) return " pkts bytes target     prot opt in     out     source               destination";
  return "target     prot opt source               destination";
}

export function renderIptablesList(table: IptablesTable, opts: ListOptions = {}): string {
  const chains = opts.chain ? table.chains.filter((c) => c.name === opts.chain) : table.chains;
  const blocks: string[] = [];
  for (const chain of chains) {
    const references = table.rules.filter((r) => r.target === chain.name).length;
    const title = chain.builtin
      ? `Chain ${chain.name} (policy ACCEPT${opts.verbose ? " 0 packets, 0 bytes" : ""})`
      : `Chain ${chain.name} (${references} references)`;
    const lines = [title, header(opts)];
    for (const rule of table.rules) if (rule.chain === chain.name) lines.push(row(rule, opts));
    blocks.push(lines.join("\n"));
  }
  return blocks.join("\n\n") + "\n";
}
