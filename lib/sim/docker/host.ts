// PURPOSE: a single-host Docker engine: images, containers, networks, restart policies and a host that can crash.
// MODELS: https://docs.docker.com/engine/containers/start-containers-automatically/ and https://docs.docker.com/reference/cli/docker/container/run/
// NOT MODELLED: volumes, exec, build; `docker stop` completes at once (no 10 s wait in virtual time);
// a crashed host runs nothing and nothing moves its containers elsewhere, which is the point of the lesson.

import type { Clock, TimerId } from "../core/clock";
import type { Rng } from "../core/rng";
import { effectiveArgv, planProcess, processLogs } from "../runtime/process";
import { resolveImage, type RegistryImage } from "../runtime/registry";
import { parseImageReference } from "../runtime/image-reference";
import { generateContainerName } from "./names";
import { createNetworkTable } from "./networks";
import { parsePublish, parseRestart } from "./options";
import { inspectDockerContainer } from "./inspect";
import { DAEMON_DOWN_MESSAGE, DockerError, type DockerContainer, type DockerImage, type DockerNetwork, type DockerRunOptions } from "./types";

export type DockerRequestResult = { ok: true; container: DockerContainer; status: number } | { ok: false; error: string };

export type DockerHost = {
  readonly hostname: string;
  isRunning(): boolean;
  images(): DockerImage[];
  pull(reference: string): { image: DockerImage; alreadyPresent: boolean; durationMs: number };
  removeImage(reference: string): void;
  run(opts: DockerRunOptions): DockerContainer;
  ps(opts?: { all?: boolean }): DockerContainer[];
  get(idOrName: string): DockerContainer;
  start(idOrName: string): DockerContainer;
  stop(idOrName: string): DockerContainer;
  restart(idOrName: string): DockerContainer;
  kill(idOrName: string): DockerContainer;
  rm(idOrName: string, opts?: { force?: boolean }): DockerContainer;
  logs(idOrName: string): string[];
  inspect(idOrName: string): Record<string, unknown>;
  networks(): DockerNetwork[];
  createNetwork(name: string): DockerNetwork;
  removeNetwork(name: string): void;
  /** the main process dies on its own (exit code, or OOM kill); restart policies apply */
  crashContainer(idOrName: string, opts?: { exitCode?: number; oomKilled?: boolean }): DockerContainer;
  /** the machine loses power: every container stops with 255 and the daemon is unreachable */
  crashHost(): void;
  /** the machine boots again: the daemon restarts containers whose policy says so */
  bootHost(): void;
  /** a request to a published port on the host (curl localhost:PORT), or from the host to a container's bridge address */
  request(port: number, address?: string): DockerRequestResult;
};

const MAX_BACKOFF_MS = 60_000;

export function createDockerHost(config: { clock: Clock; rng: Rng; hostname?: string; preloadedImages?: string[] }): DockerHost {
  const { clock, rng } = config;
  const containers = new Map<string, DockerContainer>();
  const images = new Map<string, { image: DockerImage; source: RegistryImage }>();
  const networks = createNetworkTable(rng, clock.now());
  const exitTimers = new Map<string, TimerId>();
  const backoff = new Map<string, number>();
  let running = true;

  function ensureUp(): void {
    if (!running) throw new DockerError(DAEMON_DOWN_MESSAGE);
  }

  function find(idOrName: string): DockerContainer {
    ensureUp();
    const key = idOrName.replace(/^\//, "");
    for (const c of containers.values()) if (c.name === key) return c;
    const byId = [...containers.values()].filter((c) => key.length > 0 && c.id.startsWith(key));
    if (byId.length === 1) return byId[0];
    throw new DockerError(`Error response from daemon: No such container: ${idOrName}`);
  }

  function storePulled(source: RegistryImage): DockerImage {
    const key = `${source.familiar}:${source.tag}`;
    const existing = images.get(key);
    if (existing) return existing.image;
    const image: DockerImage = { repository: source.familiar, tag: source.tag, id: source.id, digest: source.digest, sizeBytes: source.sizeBytes, created: clock.now() - 30 * 86_400_000 };
    images.set(key, { image, source });
    return image;
  }

  function pull(reference: string) {
    ensureUp();
    const resolved = resolveImage(reference);
    const ref = parseImageReference(reference);
    if (!resolved.ok) {
      const message =
        resolved.reason === "not-found"
          ? `Error response from daemon: manifest for ${ref.familiar}:${ref.tag} not found: manifest unknown: manifest unknown`
          : `Error response from daemon: pull access denied for ${ref.familiar}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied`;
      throw new DockerError(message, 125);
    }
    const alreadyPresent = images.has(`${resolved.image.familiar}:${resolved.image.tag}`);
    const image = storePulled(resolved.image);
    return { image, alreadyPresent, durationMs: alreadyPresent ? 0 : 700 + Math.round(resolved.image.compressedBytes / 20_000) };
  }

  function sourceOf(c: DockerContainer): RegistryImage {
    return sourceFor(c.image);
  }

  function sourceFor(imageRef: string): RegistryImage {
    const ref = parseImageReference(imageRef);
    const entry = images.get(`${ref.familiar}:${ref.tag}`);
    if (entry) return entry.source;
    const resolved = resolveImage(imageRef);
    if (!resolved.ok) throw new DockerError(`Error response from daemon: No such image: ${imageRef}`);
    return resolved.image;
  }

  function networkOf(c: DockerContainer): DockerNetwork | undefined {
    return networks.find(c.network);
  }

  function clearTimer(c: DockerContainer): void {
    const t = exitTimers.get(c.id);
    if (t !== undefined) clock.cancel(t);
    exitTimers.delete(c.id);
  }

  function startProcess(c: DockerContainer): void {
    const network = networkOf(c);
    if (network && !c.ipAddress) c.ipAddress = networks.allocate(network) ?? "";
    c.state = "running";
    c.startedAt = clock.now();
    c.exitCode = 0;
    c.oomKilled = false;
    const plan = planProcess(sourceOf(c), c.argv);
    for (const text of processLogs(sourceOf(c), c.argv, c.startedAt)) c.logs.push({ time: c.startedAt, stream: "stdout", text });
    if (plan.exitAfterMs !== undefined) exitTimers.set(c.id, clock.schedule(plan.exitAfterMs, () => processExited(c, plan.exitCode, false)));
  }

  function stopProcess(c: DockerContainer, exitCode: number): void {
    clearTimer(c);
    c.state = "exited";
    c.exitCode = exitCode;
    c.finishedAt = clock.now();
    const network = networkOf(c);
    if (network && c.ipAddress) networks.release(network, c.ipAddress);
    c.ipAddress = "";
  }

  function shouldRestart(c: DockerContainer): boolean {
    const policy = c.restartPolicy;
    if (policy.name === "always" || policy.name === "unless-stopped") return true;
    if (policy.name === "on-failure") return c.exitCode !== 0 && (policy.maximumRetryCount === 0 || c.restartCount < policy.maximumRetryCount);
    return false;
  }

  function processExited(c: DockerContainer, exitCode: number, oomKilled: boolean): void {
    if (c.state !== "running" || !containers.has(c.id)) return;
    const ranMs = clock.now() - (c.startedAt ?? clock.now());
    stopProcess(c, exitCode);
    c.oomKilled = oomKilled;
    if (c.autoRemove) {
      containers.delete(c.id);
      return;
    }
    if (!shouldRestart(c)) return;
    // Docker doubles the delay from 100 ms and resets it once a container has run for 10 s.
    const delay = ranMs >= 10_000 ? 100 : Math.min((backoff.get(c.id) ?? 50) * 2, MAX_BACKOFF_MS);
    backoff.set(c.id, delay);
    c.state = "restarting";
    exitTimers.set(
      c.id,
      clock.schedule(delay, () => {
        exitTimers.delete(c.id);
        if (!running || c.state !== "restarting") return;
        c.restartCount++;
        startProcess(c);
      }),
    );
  }

  function run(opts: DockerRunOptions): DockerContainer {
    ensureUp();
    const network = networks.find(opts.network ?? "bridge");
    if (!network) throw new DockerError(`Error response from daemon: network ${opts.network} not found`, 125);
    if (opts.name !== undefined) {
      const clash = [...containers.values()].find((c) => c.name === opts.name);
      if (clash) {
        throw new DockerError(
          `Error response from daemon: Conflict. The container name "/${opts.name}" is already in use by container "${clash.id}". You have to remove (or rename) that container to be able to reuse that name.`,
          125,
        );
      }
    }
    const restartPolicy = parseRestart(opts.restart);
    const ports = network.driver === "bridge" ? (opts.publish ?? []).flatMap(parsePublish) : [];
    const image = pull(opts.image).image;
    const source = sourceFor(opts.image);
    const id = rng.hex(64);
    const c: DockerContainer = {
      id,
      name: opts.name ?? generateContainerName(rng, (n) => [...containers.values()].some((x) => x.name === n)),
      image: opts.image,
      imageId: image.id,
      argv: effectiveArgv(source, opts.command && opts.command.length > 0 ? opts.command : undefined),
      created: clock.now(),
      state: "created",
      exitCode: 0,
      oomKilled: false,
      restartPolicy,
      restartCount: 0,
      manuallyStopped: false,
      autoRemove: opts.rm === true,
      network: network.name,
      ipAddress: "",
      ports,
      exposedPorts: source.ports,
      env: ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", ...(opts.env ?? [])],
      logs: [],
    };
    containers.set(id, c);
    if (opts.start === false) return c;
    return start(c);
  }

  function start(c: DockerContainer): DockerContainer {
    if (c.state === "running") return c;
    for (const p of c.ports) {
      const holder = [...containers.values()].find((o) => o !== c && o.state === "running" && o.ports.some((q) => q.hostPort === p.hostPort && q.protocol === p.protocol));
      if (holder) {
        throw new DockerError(
          `Error response from daemon: driver failed programming external connectivity on endpoint ${c.name} (${c.id}): Bind for ${p.hostIp}:${p.hostPort} failed: port is already allocated`,
          125,
        );
      }
    }
    c.manuallyStopped = false;
    startProcess(c);
    return c;
  }

  const host: DockerHost = {
    hostname: config.hostname ?? "docker-host",
    isRunning: () => running,
    images() {
      ensureUp();
      return [...images.values()].map((e) => e.image);
    },
    pull,
    removeImage(reference) {
      ensureUp();
      const ref = parseImageReference(reference);
      const key = `${ref.familiar}:${ref.tag}`;
      const entry = images.get(key);
      if (!entry) throw new DockerError(`Error response from daemon: No such image: ${ref.familiar}:${ref.tag}`);
      const user = [...containers.values()].find((c) => c.imageId === entry.image.id);
      if (user) {
        throw new DockerError(
          `Error response from daemon: conflict: unable to remove repository reference "${reference}" (must force) - container ${user.id.slice(0, 12)} is using its referenced image ${entry.image.id.slice(7, 19)}`,
        );
      }
      images.delete(key);
    },
    run,
    ps(opts) {
      ensureUp();
      const all = [...containers.values()].sort((a, b) => b.created - a.created);
      return opts?.all ? all : all.filter((c) => c.state === "running" || c.state === "restarting");
    },
    get: find,
    start: (idOrName) => start(find(idOrName)),
    stop(idOrName) {
      const c = find(idOrName);
      c.manuallyStopped = true;
      if (c.state === "running" || c.state === "restarting") {
        const handlesTerm = sourceOf(c).kind === "server";
        stopProcess(c, handlesTerm ? 0 : 137);
        if (c.autoRemove) containers.delete(c.id);
      }
      return c;
    },
    restart(idOrName) {
      const c = host.stop(idOrName);
      return start(c);
    },
    kill(idOrName) {
      const c = find(idOrName);
      if (c.state !== "running") throw new DockerError(`Error response from daemon: cannot kill container: ${idOrName}: container ${c.id} is not running`);
      c.manuallyStopped = true;
      stopProcess(c, 137);
      return c;
    },
    rm(idOrName, opts) {
      const c = find(idOrName);
      if ((c.state === "running" || c.state === "restarting") && !opts?.force) {
        throw new DockerError(`Error response from daemon: cannot remove container "/${c.name}": container is running: stop the container before removing or force remove`);
      }
      if (c.state === "running" || c.state === "restarting") stopProcess(c, 137);
      containers.delete(c.id);
      return c;
    },
    logs: (idOrName) => find(idOrName).logs.map((l) => l.text),
    inspect: (idOrName) => inspectDockerContainer(find(idOrName), networks.find(find(idOrName).network)),
    networks() {
      ensureUp();
      return networks.list();
    },
    createNetwork(name) {
      ensureUp();
      if (networks.find(name)) throw new DockerError(`Error response from daemon: network with name ${name} already exists`);
      return networks.create(name, clock.now());
    },
    removeNetwork(name) {
      ensureUp();
      const n = networks.find(name);
      if (!n) throw new DockerError(`Error response from daemon: network ${name} not found`);
      if (n.name === "bridge" || n.name === "host" || n.name === "none") {
        throw new DockerError(`Error response from daemon: ${n.name} is a pre-defined network and cannot be removed`);
      }
      networks.remove(n.name);
    },
    crashContainer(idOrName, opts) {
      const c = find(idOrName);
      const oom = opts?.oomKilled === true;
      processExited(c, oom ? 137 : (opts?.exitCode ?? 1), oom);
      return c;
    },
    crashHost() {
      if (!running) return;
      for (const c of containers.values()) {
        if (c.state === "running" || c.state === "restarting") stopProcess(c, 255);
      }
      running = false;
    },
    bootHost() {
      if (running) return;
      running = true;
      const ordered = [...containers.values()].sort((a, b) => a.created - b.created);
      for (const c of ordered) {
        const policy = c.restartPolicy.name;
        if (policy === "always" || (policy === "unless-stopped" && !c.manuallyStopped)) startProcess(c);
      }
    },
    request(port, address) {
      ensureUp();
      if (address !== undefined) {
        // The host sits on the bridge (docker0 holds the gateway address), so it reaches containers without NAT.
        const target = [...containers.values()].find((x) => x.state === "running" && x.ipAddress === address);
        if (!target) return { ok: false, error: `curl: (7) Failed to connect to ${address} port ${port} after 3071 ms: No route to host` };
        if (!target.exposedPorts.includes(`${port}/tcp`)) return { ok: false, error: `curl: (7) Failed to connect to ${address} port ${port} after 0 ms: Couldn't connect to server` };
        const from = networkOf(target)?.gateway ?? "172.17.0.1";
        target.logs.push({ time: clock.now(), stream: "stdout", text: `${from} - - [${accessLogTime(clock.now())}] "GET / HTTP/1.1" 200 615 "-" "curl/8.5.0" "-"` });
        return { ok: true, container: target, status: 200 };
      }
      const c = [...containers.values()].find((x) => x.state === "running" && x.ports.some((p) => p.hostPort === port && p.protocol === "tcp"));
      if (!c) return { ok: false, error: `curl: (7) Failed to connect to localhost port ${port} after 0 ms: Couldn't connect to server` };
      const gateway = networkOf(c)?.gateway ?? "172.17.0.1";
      c.logs.push({ time: clock.now(), stream: "stdout", text: `${gateway} - - [${accessLogTime(clock.now())}] "GET / HTTP/1.1" 200 615 "-" "curl/8.5.0" "-"` });
      return { ok: true, container: c, status: 200 };
    },
  };
  for (const ref of config.preloadedImages ?? []) pull(ref);
  return host;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export function accessLogTime(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`;
}
