// PURPOSE: the strings `docker ps` derives from container state: STATUS, PORTS, CREATED durations.
// MODELS: https://docs.docker.com/reference/cli/docker/container/ls/
// NOT MODELLED: health-check suffixes, paused containers.

import type { DockerContainer, PortBinding } from "./types";

/** go-units HumanDuration, as docker and crictl print it. */
export function goHumanDuration(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  if (seconds < 1) return "Less than a second";
  if (seconds === 1) return "1 second";
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.floor(ms / 60_000);
  if (minutes === 1) return "About a minute";
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.round(ms / 3_600_000);
  if (hours === 1) return "About an hour";
  if (hours < 48) return `${hours} hours`;
  if (hours < 24 * 7 * 2) return `${Math.floor(hours / 24)} days`;
  if (hours < 24 * 30 * 2) return `${Math.floor(hours / 24 / 7)} weeks`;
  if (hours < 24 * 365 * 2) return `${Math.floor(hours / 24 / 30)} months`;
  return `${Math.floor(hours / 24 / 365)} years`;
}

export function containerStatus(c: DockerContainer, now: number): string {
  switch (c.state) {
    case "running":
      return `Up ${goHumanDuration(now - (c.startedAt ?? now))}`;
    case "restarting":
      return `Restarting (${c.exitCode}) ${goHumanDuration(now - (c.finishedAt ?? now))} ago`;
    case "exited":
      return `Exited (${c.exitCode}) ${goHumanDuration(now - (c.finishedAt ?? now))} ago`;
    case "dead":
      return "Dead";
    default:
      return "Created";
  }
}

export function formatPorts(ports: PortBinding[], exposed: string[], running: boolean): string {
  const parts: string[] = [];
  const published = new Set<string>();
  if (running) {
    for (const p of ports) {
      parts.push(`${p.hostIp}:${p.hostPort}->${p.containerPort}/${p.protocol}`);
      published.add(`${p.containerPort}/${p.protocol}`);
    }
  }
  for (const e of exposed) if (!published.has(e)) parts.push(e);
  return parts.join(", ");
}

export function formatCommand(argv: string[]): string {
  const text = argv.join(" ");
  const shown = text.length > 20 ? `${text.slice(0, 19)}…` : text;
  return `"${shown}"`;
}
