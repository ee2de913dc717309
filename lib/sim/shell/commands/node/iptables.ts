/**
 * PURPOSE: `iptables -t nat -L [CHAIN] [-n] [-v]`, `iptables -t nat -S [CHAIN]` and
 * `iptables-save [-t TABLE]` showing the rules kube-proxy wrote on the current node, or Docker's on the Docker host.
 * MODELS: https://kubernetes.io/docs/reference/networking/virtual-ips/#proxy-mode-iptables
 * NOT MODELLED: rule changes by hand (-A/-D/-I), the mangle and raw tables, counters.
 */
import { renderIptablesList } from "../../../proxy/render-list";
import { renderIptablesS, renderIptablesSave } from "../../../proxy/render-save";
import type { CommandFn } from "../../types";
import { currentHost } from "../../types";
import { dockerHostOf, dockerIptables, renderDockerList, renderDockerS, renderDockerSave } from "./docker-host";

export const iptables: CommandFn = (argv, ctx, io) => {
  const docker = dockerHostOf(ctx);
  const tables = docker ? undefined : ctx.cluster.proxy?.(currentHost(ctx));
  if (!tables && !docker) {
    io.err("iptables v1.8.10 (nf_tables): no kube-proxy rules on this host\n");
    return 1;
  }
  let table = "filter";
  let action: "L" | "S" | undefined;
  let chain: string | undefined;
  let numeric = false;
  let verbose = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "-t" || a === "--table") table = argv[++i] ?? "";
    else if (a === "-L" || a === "--list" || a === "-S" || a === "--list-rules") {
      action = a === "-L" || a === "--list" ? "L" : "S";
      if (argv[i + 1] !== undefined && !argv[i + 1].startsWith("-")) chain = argv[++i];
    } else if (/^-[nvLSx]+$/.test(a)) {
      if (a.includes("n")) numeric = true;
      if (a.includes("v")) verbose = true;
      if (a.includes("L")) action = "L";
      if (a.includes("S")) action = "S";
      if ((a.includes("L") || a.includes("S")) && argv[i + 1] !== undefined && !argv[i + 1].startsWith("-")) chain = argv[++i];
    } else {
      io.err(`iptables v1.8.10 (nf_tables): unknown option "${a}"\nTry \`iptables -h' or 'iptables --help' for more information.\n`);
      return 2;
    }
  }
  if (docker) {
    const rules = dockerIptables(docker, table);
    if (!rules) {
      io.err(`iptables v1.8.10 (nf_tables): table '${table}' does not exist\nPerhaps iptables or your kernel needs to be upgraded.\n`);
      return 3;
    }
    if (chain && !rules.chains.some((c) => c.name === chain)) {
      io.err(`iptables v1.8.10 (nf_tables): chain \`${chain}' in table \`${table}' is incompatible, use 'nft' tool.\n`);
      return 1;
    }
    if (action === undefined) {
      io.err("iptables v1.8.10 (nf_tables): no command specified\nTry `iptables -h' or 'iptables --help' for more information.\n");
      return 2;
    }
    io.out(action === "S" ? renderDockerS(rules, chain) : renderDockerList(rules, chain));
    return 0;
  }
  if (!tables) return 1;
  const selected = table === "nat" ? tables.nat : table === "filter" ? tables.filter : undefined;
  if (!selected) {
    io.err(`iptables v1.8.10 (nf_tables): table '${table}' does not exist\nPerhaps iptables or your kernel needs to be upgraded.\n`);
    return 3;
  }
  if (chain && !selected.chains.some((c) => c.name === chain)) {
    io.err(`iptables v1.8.10 (nf_tables): chain \`${chain}' in table \`${table}' is incompatible, use 'nft' tool.\n`);
    return 1;
  }
  if (action === undefined) {
    io.err("iptables v1.8.10 (nf_tables): no command specified\nTry `iptables -h' or 'iptables --help' for more information.\n");
    return 2;
  }
  io.out(action === "S" ? renderIptablesS(selected, chain) : renderIptablesList(selected, { chain, numeric, verbose }));
  return 0;
};

export const iptablesSave: CommandFn = (argv, ctx, io) => {
  const docker = dockerHostOf(ctx);
  if (docker) {
    const t = argv.indexOf("-t") >= 0 ? argv[argv.indexOf("-t") + 1] : undefined;
    const all = (t === undefined ? ["filter", "nat"] : [t]).map((name) => dockerIptables(docker, name)).filter((r) => r !== undefined);
    io.out(renderDockerSave(all, ctx.cluster.clock.now()));
    return 0;
  }
  const tables = ctx.cluster.proxy?.(currentHost(ctx));
  if (!tables) return 0;
  const t = argv.indexOf("-t") >= 0 ? argv[argv.indexOf("-t") + 1] : undefined;
  const chosen = t === undefined ? [tables.filter, tables.nat] : t === "nat" ? [tables.nat] : t === "filter" ? [tables.filter] : [];
  io.out(renderIptablesSave(chosen, ctx.cluster.clock.now()));
  return 0;
};
