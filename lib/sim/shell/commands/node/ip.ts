/**
 * PURPOSE: `ip addr` and `ip route` on a node: its primary interface, Flannel's VXLAN device flannel.1,
 * the CNI bridge holding its pod CIDR, and routes to the other nodes' pod CIDRs through the VXLAN device.
 * MODELS: https://kubernetes.io/docs/concepts/cluster-administration/networking/
 * NOT MODELLED: veth pairs per pod, IPv6, link statistics.
 */
import type { Node } from "../../../api/types";
import type { CommandFn } from "../../types";
import { currentHost } from "../../types";
import type { DockerHost } from "../../../docker/host";
import { DOCKER_HOST_IP, dockerHostOf, dockerIpAddr } from "./docker-host";

function dockerIp(docker: DockerHost, object: string, io: Parameters<CommandFn>[2]): number {
  if ("addr".startsWith(object) && object !== "") {
    io.out(dockerIpAddr(docker));
    return 0;
  }
  if ("route".startsWith(object) && object !== "") {
    let text = `default via 192.168.56.1 dev eth0 proto dhcp src ${DOCKER_HOST_IP} metric 100\n`;
    const up = docker.isRunning() ? docker.ps() : [];
    for (const n of docker.isRunning() ? docker.networks() : []) {
      if (n.driver !== "bridge" || !n.subnet) continue;
      const dev = n.name === "bridge" ? "docker0" : `br-${n.id.slice(0, 12)}`;
      text += `${n.subnet} dev ${dev} proto kernel scope link src ${n.gateway}${up.some((c) => c.network === n.name) ? "" : " linkdown"}\n`;
    }
    text += `192.168.56.0/24 dev eth0 proto kernel scope link src ${DOCKER_HOST_IP}\n`;
    io.out(text);
    return 0;
  }
  io.err(`Object "${object}" is unknown, try "ip help".\n`);
  return 1;
}

function internalIp(n: Node | undefined): string {
  return n?.status?.addresses?.find((a) => a.type === "InternalIP")?.address ?? "10.0.0.2";
}

export const ip: CommandFn = (argv, ctx, io) => {
  const host = currentHost(ctx);
  const docker = dockerHostOf(ctx);
  if (docker) return dockerIp(docker, argv.find((a) => !a.startsWith("-")) ?? "", io);
  const nodes = ctx.cluster.api.list<Node>("nodes").items;
  const self = nodes.find((n) => n.metadata.name === host);
  const object = argv.find((a) => !a.startsWith("-")) ?? "";
  const addr = internalIp(self);
  const cidr = self?.spec?.podCIDR;
  if ("addr".startsWith(object) && object !== "") {
    let text = "1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000\n    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00\n    inet 127.0.0.1/8 scope host lo\n       valid_lft forever preferred_lft forever\n";
    text += `2: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc fq_codel state UP group default qlen 1000\n    link/ether 02:42:ac:1e:01:02 brd ff:ff:ff:ff:ff:ff\n    inet ${addr}/24 brd ${addr.split(".").slice(0, 3).join(".")}.255 scope global eth0\n       valid_lft forever preferred_lft forever\n`;
    if (cidr) {
      const [base, bits] = cidr.split("/");
      const gw = `${base.split(".").slice(0, 3).join(".")}.1`;
      text += `3: flannel.1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1450 qdisc noqueue state UNKNOWN group default\n    link/ether 6e:91:3c:5a:0d:${base.split(".")[2].padStart(2, "0").slice(-2)} brd ff:ff:ff:ff:ff:ff\n    inet ${base}/32 scope global flannel.1\n       valid_lft forever preferred_lft forever\n`;
      text += `4: cni0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1450 qdisc noqueue state UP group default qlen 1000\n    link/ether 7a:2c:11:0e:4b:01 brd ff:ff:ff:ff:ff:ff\n    inet ${gw}/${bits} brd ${base.split(".").slice(0, 3).join(".")}.255 scope global cni0\n       valid_lft forever preferred_lft forever\n`;
    }
    io.out(text);
    return 0;
  }
  if ("route".startsWith(object) && object !== "") {
    const prefix = addr.split(".").slice(0, 3).join(".");
    let text = `default via ${prefix}.1 dev eth0 proto dhcp src ${addr} metric 100\n`;
    for (const n of nodes) {
      const c = n.spec?.podCIDR;
      if (!c) continue;
      if (n === self) text += `${c} dev cni0 proto kernel scope link src ${c.split("/")[0].split(".").slice(0, 3).join(".")}.1\n`;
      else text += `${c} via ${c.split("/")[0]} dev flannel.1 onlink\n`;
    }
    text += `${prefix}.0/24 dev eth0 proto kernel scope link src ${addr}\n`;
    io.out(text);
    return 0;
  }
  io.err(`Object "${object}" is unknown, try "ip help".\n`);
  return 1;
};
