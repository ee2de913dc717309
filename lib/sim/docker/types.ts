// PURPOSE: the objects of a single-host Docker engine.
// MODELS: https://docs.docker.com/engine/
// NOT MODELLED: volumes, build, compose, swarm, pause.

import type { LogLine } from "../runtime/types";

export type DockerContainerState = "created" | "running" | "restarting" | "exited" | "dead";
export type RestartPolicyName = "no" | "always" | "on-failure" | "unless-stopped";
export type PortBinding = { hostIp: string; hostPort: number; containerPort: number; protocol: "tcp" | "udp" };

export type DockerContainer = {
  id: string;
  name: string;
  image: string;
  imageId: string;
  argv: string[];
  created: number;
  state: DockerContainerState;
  startedAt?: number;
  finishedAt?: number;
  exitCode: number;
  oomKilled: boolean;
  restartPolicy: { name: RestartPolicyName; maximumRetryCount: number };
  restartCount: number;
  manuallyStopped: boolean;
  autoRemove: boolean;
  network: string;
  ipAddress: string;
  ports: PortBinding[];
  exposedPorts: string[];
  env: string[];
  logs: LogLine[];
};

export type DockerNetwork = {
  id: string;
  name: string;
  driver: "bridge" | "host" | "null";
  scope: "local";
  subnet?: string;
  gateway?: string;
  created: number;
  internal: boolean;
};

export type DockerImage = {
  repository: string;
  tag: string;
  id: string;
  digest: string;
  sizeBytes: number;
  created: number;
};

export type DockerRunOptions = {
  image: string;
  name?: string;
  /** "8080:80", "127.0.0.1:8080:80/tcp", "80" */
  publish?: string[];
  network?: string;
  restart?: string;
  env?: string[];
  command?: string[];
  rm?: boolean;
  /** false: create only (docker create) */
  start?: boolean;
};

export class DockerError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 1) {
    super(message);
    this.name = "DockerError";
    this.exitCode = exitCode;
  }
}

export const DAEMON_DOWN_MESSAGE = "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?";
