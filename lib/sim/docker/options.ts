// PURPOSE: parse `docker run` option values: -p/--publish and --restart.
// MODELS: https://docs.docker.com/reference/cli/docker/container/run/#publish and #restart
// NOT MODELLED: port ranges, IPv6 host addresses.

import { DockerError, type DockerContainer, type PortBinding, type RestartPolicyName } from "./types";

export function parsePublish(spec: string): PortBinding[] {
  const [addr, proto = "tcp"] = spec.split("/");
  if (proto !== "tcp" && proto !== "udp") throw new DockerError(`docker: invalid proto: ${proto}`, 125);
  const parts = addr.split(":");
  let hostIp = "0.0.0.0";
  let hostPort: string;
  let containerPort: string;
  if (parts.length === 3) [hostIp, hostPort, containerPort] = parts;
  else if (parts.length === 2) [hostPort, containerPort] = parts;
  else {
    containerPort = parts[0];
    hostPort = String(32768 + Number(containerPort));
  }
  const hp = Number(hostPort);
  const cp = Number(containerPort);
  if (!Number.isInteger(cp) || cp < 1 || cp > 65535 || !Number.isInteger(hp) || hp < 1 || hp > 65535) {
    throw new DockerError(`docker: invalid containerPort: ${containerPort}`, 125);
  }
  return [{ hostIp: hostIp || "0.0.0.0", hostPort: hp, containerPort: cp, protocol: proto }];
}

export function parseRestart(value: string | undefined): DockerContainer["restartPolicy"] {
  if (!value || value === "no") return { name: "no", maximumRetryCount: 0 };
  const [name, max] = value.split(":");
  const names: RestartPolicyName[] = ["always", "on-failure", "unless-stopped"];
  const known = names.find((n) => n === name);
  if (!known || (max !== undefined && known !== "on-failure")) {
    throw new DockerError(`docker: invalid restart policy: ${value}`, 125);
  }
  return { name: known, maximumRetryCount: max === undefined ? 0 : Number(max) };
}
