// PURPOSE: the JSON `docker inspect` prints for a container (the commonly read fields).
// MODELS: https://docs.docker.com/reference/cli/docker/inspect/
// NOT MODELLED: GraphDriver, Mounts, most of HostConfig.

import { macForIp } from "./networks";
import type { DockerContainer, DockerNetwork } from "./types";

function iso(ms: number | undefined): string {
  return ms === undefined ? "0001-01-01T00:00:00Z" : new Date(ms).toISOString().replace(/\.(\d{3})Z$/, ".$1000000Z");
}

export function inspectDockerContainer(c: DockerContainer, network: DockerNetwork | undefined): Record<string, unknown> {
  const portMap: Record<string, { HostIp: string; HostPort: string }[] | null> = {};
  for (const e of c.exposedPorts) portMap[e] = null;
  for (const p of c.ports) {
    const key = `${p.containerPort}/${p.protocol}`;
    portMap[key] = [...(portMap[key] ?? []), { HostIp: p.hostIp, HostPort: String(p.hostPort) }];
  }
  const gateway = c.ipAddress ? (network?.gateway ?? "") : "";
  return {
    Id: c.id,
    Created: iso(c.created),
    Path: c.argv[0] ?? "",
    Args: c.argv.slice(1),
    State: {
      Status: c.state,
      Running: c.state === "running",
      Paused: false,
      Restarting: c.state === "restarting",
      OOMKilled: c.oomKilled,
      Dead: c.state === "dead",
      Pid: c.state === "running" ? 1000 + (parseInt(c.id.slice(0, 4), 16) % 30000) : 0,
      ExitCode: c.exitCode,
      Error: "",
      StartedAt: iso(c.startedAt),
      FinishedAt: iso(c.finishedAt),
    },
    Image: c.imageId,
    Name: `/${c.name}`,
    RestartCount: c.restartCount,
    HostConfig: {
      NetworkMode: c.network === "bridge" ? "bridge" : c.network,
      PortBindings: Object.fromEntries(c.ports.map((p) => [`${p.containerPort}/${p.protocol}`, [{ HostIp: p.hostIp === "0.0.0.0" ? "" : p.hostIp, HostPort: String(p.hostPort) }]])),
      RestartPolicy: { Name: c.restartPolicy.name, MaximumRetryCount: c.restartPolicy.maximumRetryCount },
      AutoRemove: c.autoRemove,
    },
    Config: {
      Hostname: c.id.slice(0, 12),
      Env: c.env,
      Cmd: c.argv,
      Image: c.image,
      ExposedPorts: Object.fromEntries(c.exposedPorts.map((e) => [e, {}])),
    },
    NetworkSettings: {
      Ports: c.state === "running" ? portMap : {},
      Gateway: gateway,
      IPAddress: c.ipAddress,
      IPPrefixLen: c.ipAddress ? 16 : 0,
      MacAddress: c.ipAddress ? macForIp(c.ipAddress) : "",
      Networks: {
        [c.network]: {
          NetworkID: network?.id ?? "",
          Gateway: gateway,
          IPAddress: c.ipAddress,
          IPPrefixLen: c.ipAddress ? 16 : 0,
          MacAddress: c.ipAddress ? macForIp(c.ipAddress) : "",
        },
      },
    },
  };
}
