// PURPOSE: Docker's networks on one host: bridge (docker0, 172.17.0.0/16), host, none, and user bridges.
// MODELS: https://docs.docker.com/engine/network/drivers/bridge/
// NOT MODELLED: IPv6, overlay and macvlan drivers, embedded DNS of user networks.

import type { Rng } from "../core/rng";
import type { DockerNetwork } from "./types";

export type NetworkTable = {
  list(): DockerNetwork[];
  find(nameOrId: string): DockerNetwork | undefined;
  create(name: string, now: number): DockerNetwork;
  remove(name: string): void;
  /** lowest free address from .2; undefined for host/none */
  allocate(network: DockerNetwork): string | undefined;
  release(network: DockerNetwork, ip: string): void;
};

export function macForIp(ip: string): string {
  return ["02", "42", ...ip.split(".").map((o) => Number(o).toString(16).padStart(2, "0"))].join(":");
}

export function createNetworkTable(rng: Rng, now: number): NetworkTable {
  const networks: DockerNetwork[] = [
    { id: rng.hex(64), name: "bridge", driver: "bridge", scope: "local", subnet: "172.17.0.0/16", gateway: "172.17.0.1", created: now, internal: false },
    { id: rng.hex(64), name: "host", driver: "host", scope: "local", created: now, internal: false },
    { id: rng.hex(64), name: "none", driver: "null", scope: "local", created: now, internal: false },
  ];
  const used = new Map<string, Set<number>>();
  let nextSecondOctet = 18;

  function find(nameOrId: string): DockerNetwork | undefined {
    return networks.find((n) => n.name === nameOrId || (nameOrId.length >= 3 && n.id.startsWith(nameOrId)));
  }

  return {
    list: () => [...networks],
    find,
    create(name, at) {
      const octet = nextSecondOctet++;
      const network: DockerNetwork = {
        id: rng.hex(64),
        name,
        driver: "bridge",
        scope: "local",
        subnet: `172.${octet}.0.0/16`,
        gateway: `172.${octet}.0.1`,
        created: at,
        internal: false,
      };
      networks.push(network);
      return network;
    },
    remove(name) {
      const i = networks.findIndex((n) => n.name === name);
      if (i >= 0) networks.splice(i, 1);
    },
    allocate(network) {
      if (network.driver !== "bridge" || !network.subnet) return undefined;
      const taken = used.get(network.id) ?? new Set<number>();
      used.set(network.id, taken);
      let host = 2;
      while (taken.has(host)) host++;
      taken.add(host);
      const prefix = network.subnet.split(".").slice(0, 2).join(".");
      return `${prefix}.${Math.floor(host / 256)}.${host % 256}`;
    },
    release(network, ip) {
      const parts = ip.split(".").map(Number);
      used.get(network.id)?.delete(parts[2] * 256 + parts[3]);
    },
  };
}
