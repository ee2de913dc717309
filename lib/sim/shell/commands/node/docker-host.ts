/**
 * PURPOSE: what `ps aux`, `ip addr`, `iptables` and `curl <container IP>` show on the Docker host of the docker
 * scenario: dockerd next to containerd, one shim per running container and the container's own process; the
 * docker0 bridge with one veth per container; the DOCKER chains, the DNAT rule of each published port and the
 * MASQUERADE rule of each bridge subnet; and the host reaching its containers directly on the bridge.
 * MODELS: https://docs.docker.com/engine/network/drivers/bridge/ and https://docs.docker.com/engine/network/packet-filtering-firewalls/
 * NOT MODELLED: IPv6, the raw and mangle tables, userland-proxy processes, container child processes.
 */
import type { DockerContainer, DockerNetwork } from "../../../docker/types";
import type { DockerHost } from "../../../docker/host";
import type { ShellContext } from "../../types";
import { currentHost } from "../../types";

export const DOCKER_HOST_IP = "192.168.56.5";

export function dockerHostOf(ctx: ShellContext): DockerHost | undefined {
  const docker = ctx.cluster.docker;
  return docker && currentHost(ctx) === docker.hostname ? docker : undefined;
}

function running(docker: DockerHost): DockerContainer[] {
  return docker.isRunning() ? docker.ps() : [];
}

/** The processes the Docker host adds to systemd: the daemon, and a shim plus the main process per running container. */
export function dockerProcesses(docker: DockerHost): { command: string; start?: number; daemon?: boolean }[] {
  if (!docker.isRunning()) return [];
  const out: { command: string; start?: number; daemon?: boolean }[] = [{ command: "/usr/bin/dockerd -H fd:// --containerd=/run/containerd/containerd.sock", daemon: true }];
  for (const c of running(docker)) {
    out.push({ command: `/usr/bin/containerd-shim-runc-v2 -namespace moby -id ${c.id} -address /run/containerd/containerd.sock`, start: c.startedAt });
    out.push({ command: c.argv.join(" "), start: c.startedAt });
  }
  return out;
}

function bridgeName(n: DockerNetwork): string {
  return n.name === "bridge" ? "docker0" : `br-${n.id.slice(0, 12)}`;
}

function mac(seed: string): string {
  const hex = seed.replace(/[^0-9a-f]/g, "").padEnd(10, "0");
  return `02:42:${hex.slice(0, 2)}:${hex.slice(2, 4)}:${hex.slice(4, 6)}:${hex.slice(6, 8)}`;
}

function bridges(docker: DockerHost): DockerNetwork[] {
  return docker.isRunning() ? docker.networks().filter((n) => n.driver === "bridge" && n.subnet && n.gateway) : [];
}

export function dockerIpAddr(docker: DockerHost): string {
  let text = "1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000\n    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00\n    inet 127.0.0.1/8 scope host lo\n       valid_lft forever preferred_lft forever\n";
  text += `2: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc fq_codel state UP group default qlen 1000\n    link/ether 08:00:27:5e:a1:05 brd ff:ff:ff:ff:ff:ff\n    inet ${DOCKER_HOST_IP}/24 brd 192.168.56.255 scope global eth0\n       valid_lft forever preferred_lft forever\n`;
  let index = 3;
  const bridgeIndex = new Map<string, number>();
  const up = running(docker);
  for (const n of bridges(docker)) {
    const used = up.some((c) => c.network === n.name);
    const name = bridgeName(n);
    bridgeIndex.set(n.name, index);
    const [, bits] = (n.subnet ?? "").split("/");
    const brd = n.gateway?.split(".").slice(0, 2).join(".") + (bits === "16" ? ".255.255" : ".255");
    text += `${index++}: ${name}: <${used ? "BROADCAST,MULTICAST,UP,LOWER_UP" : "NO-CARRIER,BROADCAST,MULTICAST,UP"}> mtu 1500 qdisc noqueue state ${used ? "UP" : "DOWN"} group default\n    link/ether ${mac(n.id)} brd ff:ff:ff:ff:ff:ff\n    inet ${n.gateway}/${bits} brd ${brd} scope global ${name}\n       valid_lft forever preferred_lft forever\n`;
  }
  for (const c of up) {
    const master = bridges(docker).find((n) => n.name === c.network);
    if (!master) continue;
    text += `${index++}: veth${c.id.slice(0, 7)}@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master ${bridgeName(master)} state UP group default\n    link/ether ${mac(c.id.slice(7))} brd ff:ff:ff:ff:ff:ff link-netnsid ${index - 4 - bridgeIndex.size}\n`;
  }
  return text;
}

export type DockerRules = { table: "nat" | "filter"; chains: { name: string; policy?: string }[]; rules: string[] };

export function dockerIptables(docker: DockerHost, table: string): DockerRules | undefined {
  const nets = bridges(docker);
  const up = running(docker);
  if (table === "nat") {
    const rules = ["-A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER", "-A OUTPUT ! -d 127.0.0.0/8 -m addrtype --dst-type LOCAL -j DOCKER"];
    for (const n of nets) rules.push(`-A POSTROUTING -s ${n.subnet} ! -o ${bridgeName(n)} -j MASQUERADE`);
    for (const n of nets) rules.push(`-A DOCKER -i ${bridgeName(n)} -j RETURN`);
    for (const c of up) {
      const n = nets.find((x) => x.name === c.network);
      if (!n) continue;
      for (const p of c.ports) {
        const dst = p.hostIp && p.hostIp !== "0.0.0.0" ? `-d ${p.hostIp}/32 ` : "";
        rules.push(`-A DOCKER ${dst}! -i ${bridgeName(n)} -p ${p.protocol} -m ${p.protocol} --dport ${p.hostPort} -j DNAT --to-destination ${c.ipAddress}:${p.containerPort}`);
      }
    }
    const chains = [{ name: "PREROUTING", policy: "ACCEPT" }, { name: "INPUT", policy: "ACCEPT" }, { name: "OUTPUT", policy: "ACCEPT" }, { name: "POSTROUTING", policy: "ACCEPT" }, { name: "DOCKER" }];
    return { table: "nat", chains, rules };
  }
  if (table === "filter") {
    const rules = ["-A FORWARD -j DOCKER-USER", "-A FORWARD -j DOCKER-ISOLATION-STAGE-1"];
    for (const n of nets) {
      const b = bridgeName(n);
      rules.push(`-A FORWARD -o ${b} -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT`, `-A FORWARD -o ${b} -j DOCKER`, `-A FORWARD -i ${b} ! -o ${b} -j ACCEPT`, `-A FORWARD -i ${b} -o ${b} -j ACCEPT`);
    }
    for (const c of up) {
      const n = nets.find((x) => x.name === c.network);
      if (!n) continue;
      for (const p of c.ports) rules.push(`-A DOCKER -d ${c.ipAddress}/32 ! -i ${bridgeName(n)} -o ${bridgeName(n)} -p ${p.protocol} -m ${p.protocol} --dport ${p.containerPort} -j ACCEPT`);
    }
    for (const n of nets) rules.push(`-A DOCKER-ISOLATION-STAGE-1 -i ${bridgeName(n)} ! -o ${bridgeName(n)} -j DOCKER-ISOLATION-STAGE-2`);
    rules.push("-A DOCKER-ISOLATION-STAGE-1 -j RETURN");
    for (const n of nets) rules.push(`-A DOCKER-ISOLATION-STAGE-2 -o ${bridgeName(n)} -j DROP`);
    rules.push("-A DOCKER-ISOLATION-STAGE-2 -j RETURN", "-A DOCKER-USER -j RETURN");
    const chains = [
      { name: "INPUT", policy: "ACCEPT" },
      { name: "FORWARD", policy: "DROP" },
      { name: "OUTPUT", policy: "ACCEPT" },
      { name: "DOCKER" },
      { name: "DOCKER-ISOLATION-STAGE-1" },
      { name: "DOCKER-ISOLATION-STAGE-2" },
      { name: "DOCKER-USER" },
    ];
    return { table: "filter", chains, rules };
  }
  return undefined;
}

/** `iptables -S [CHAIN]`: policies and -N lines, then the rules, in the order iptables lists chains. */
export function renderDockerS(r: DockerRules, chain?: string): string {
  const chains = chain ? r.chains.filter((c) => c.name === chain) : r.chains;
  const lines = chains.map((c) => (c.policy ? `-P ${c.name} ${c.policy}` : `-N ${c.name}`));
  for (const c of chains) lines.push(...r.rules.filter((rule) => rule.startsWith(`-A ${c.name} `)));
  return `${lines.join("\n")}\n`;
}

export function renderDockerSave(all: DockerRules[], now: number): string {
  const stamp = new Date(now).toUTCString().replace(/^(\w+), (\d+) (\w+) (\d+) ([\d:]+) GMT$/, "$1 $3 $2 $5 $4");
  let text = "";
  for (const r of all) {
    text += `# Generated by iptables-save v1.8.10 (nf_tables) on ${stamp}\n*${r.table}\n`;
    for (const c of r.chains) text += `:${c.name} ${c.policy ?? "-"} [0:0]\n`;
    for (const c of r.chains) for (const rule of r.rules.filter((x) => x.startsWith(`-A ${c.name} `))) text += `${rule}\n`;
    text += `COMMIT\n# Completed on ${stamp}\n`;
  }
  return text;
}

/** `iptables -L [CHAIN] -n`: the same rules in the listing layout (target, prot, opt, source, destination, matches). */
export function renderDockerList(r: DockerRules, chain?: string): string {
  const chains = chain ? r.chains.filter((c) => c.name === chain) : r.chains;
  const blocks: string[] = [];
  for (const c of chains) {
    const rules = r.rules.filter((x) => x.startsWith(`-A ${c.name} `));
    const refs = r.rules.filter((x) => x.endsWith(`-j ${c.name}`)).length;
    let text = c.policy ? `Chain ${c.name} (policy ${c.policy})\n` : `Chain ${c.name} (${refs} references)\n`;
    text += "target     prot opt source               destination         \n";
    for (const rule of rules) {
      const words = rule.split(" ");
      const get = (flag: string) => {
        const i = words.indexOf(flag);
        if (i < 0) return undefined;
        return words[i - 1] === "!" ? `!${words[i + 1]}` : words[i + 1];
      };
      const target = get("-j") ?? "";
      const proto = get("-p") ?? "all";
      const source = get("-s") ?? "0.0.0.0/0";
      const dest = get("-d") ?? "0.0.0.0/0";
      const extras: string[] = [];
      if (rule.includes("--dst-type LOCAL")) extras.push("ADDRTYPE match dst-type LOCAL");
      if (rule.includes("--ctstate")) extras.push("ctstate RELATED,ESTABLISHED");
      const dport = get("--dport");
      if (dport) extras.push(`${proto} dpt:${dport}`);
      const to = get("--to-destination");
      if (to) extras.push(`to:${to}`);
      text += `${target.padEnd(10)} ${proto.padEnd(4)} --  ${source.padEnd(20)} ${dest.padEnd(20)}${extras.length ? ` ${extras.join(" ")}` : ""}\n`;
    }
    blocks.push(text);
  }
  return blocks.join("\n");
}

/** A request from the host itself to a container's bridge address: the bridge delivers it straight to the container. */
export function containerAt(docker: DockerHost, ip: string): DockerContainer | undefined {
  return running(docker).find((c) => c.ipAddress === ip);
}
