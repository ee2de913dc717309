// PURPOSE: one node's container runtime (containerd behind CRI): sandboxes, containers, images, logs.
// MODELS: https://kubernetes.io/docs/concepts/architecture/cri/ and https://kubernetes.io/docs/setup/production-environment/container-runtimes/#containerd
// NOT MODELLED: snapshotters, cgroups, exec; an image pull is one serialized queue per node.

import type { Clock, TimerId } from "../core/clock";
import type { Rng } from "../core/rng";
import { effectiveArgv, planProcess, processLogs } from "./process";
import { planPull, type PullOutcome } from "./pull";
import { resolveImage, type RegistryImage } from "./registry";
import { parseImageReference } from "./image-reference";
import { inspectContainer } from "./inspect";
import type { ContainerExit, CriReader, LogLine, PodSandbox, RuntimeContainer, RuntimeImage } from "./types";
import { flat } from "../core/strings";

export const CONTAINERD_VERSION = "containerd://2.0.5";

export type SandboxConfig = { name: string; namespace: string; uid: string; attempt: number; ip: string; labels?: Record<string, string> };
export type ContainerConfig = { name: string; image: string; command?: string[]; args?: string[]; attempt: number };

export type ContainerRuntime = CriReader & {
  hasImage(reference: string): boolean;
  pullImage(reference: string, done: (outcome: PullOutcome) => void): void;
  runPodSandbox(config: SandboxConfig): string;
  stopPodSandbox(id: string): void;
  removePodSandbox(id: string): void;
  createContainer(sandboxId: string, config: ContainerConfig): string;
  startContainer(id: string): void;
  /** SIGTERM, then SIGKILL after graceMs; done runs when the process has exited. */
  stopContainer(id: string, graceMs: number, done?: () => void): void;
  killContainer(id: string, exit: { exitCode: number; reason: string }): void;
  removeContainer(id: string): void;
  appendLog(id: string, text: string): void;
  onExit(listener: (exit: ContainerExit) => void): () => void;
};

const STOP_MS = 200;
const MAX_LOG_LINES = 1000;

function findByPrefix<T extends { id: string }>(items: Map<string, T>, idOrPrefix: string): T | undefined {
  const exact = items.get(idOrPrefix);
  if (exact || idOrPrefix.length === 0) return exact;
  for (const item of items.values()) if (item.id.startsWith(idOrPrefix)) return item;
  return undefined;
}

/**
 * A runtime container whose start-up log lines are built when first read. A server logs a dozen lines as it
 * starts; across thousands of containers, building them at each start costs time and memory that only a later
 * `logs` read needs. They depend only on the image, the command and the start time. The lazy read lives on the
 * prototype: a property defined per object would cost far more than the lines it defers.
 */
class ContainerRecord implements RuntimeContainer {
  id: string;
  podSandboxId: string;
  name: string;
  attempt: number;
  image: string;
  imageId: string;
  imageDigest: string;
  argv: string[];
  createdAt: number;
  startedAt?: number;
  finishedAt?: number;
  state: RuntimeContainer["state"];
  exitCode?: number;
  reason?: string;
  message?: string;
  labels: Record<string, string>;
  logPath: string;
  private lines: LogLine[] = [];
  private startLogs?: { image: RegistryImage; startedAt: number };

  constructor(init: Omit<RuntimeContainer, "logs">) {
    this.id = init.id;
    this.podSandboxId = init.podSandboxId;
    this.name = init.name;
    this.attempt = init.attempt;
    this.image = init.image;
    this.imageId = init.imageId;
    this.imageDigest = init.imageDigest;
    this.argv = init.argv;
    this.createdAt = init.createdAt;
    this.state = init.state;
    this.labels = init.labels;
    this.logPath = init.logPath;
  }

  get logs(): LogLine[] {
    const pending = this.startLogs;
    if (pending) {
      this.startLogs = undefined;
      const text = processLogs(pending.image, this.argv, pending.startedAt);
      this.lines = [...this.lines, ...text.map((line): LogLine => ({ time: pending.startedAt, stream: "stdout", text: line }))];
    }
    return this.lines;
  }

  set logs(lines: LogLine[]) {
    this.startLogs = undefined;
    this.lines = lines;
  }

  deferStartLogs(image: RegistryImage, startedAt: number): void {
    this.startLogs = { image, startedAt };
  }
}

export function createContainerRuntime(config: { clock: Clock; rng: Rng; nodeName: string; preloadedImages?: string[] }): ContainerRuntime {
  const { clock, rng, nodeName } = config;
  const images = new Map<string, RuntimeImage>();
  const sandboxes = new Map<string, PodSandbox>();
  const containers = new Map<string, ContainerRecord>();
  const exitTimers = new Map<string, TimerId>();
  const shutdownKinds = new Map<string, boolean>();
  const listeners = new Set<(exit: ContainerExit) => void>();
  const pullQueue: { reference: string; canonical: string; done: ((o: PullOutcome) => void)[] }[] = [];
  let pulling: { canonical: string; done: ((o: PullOutcome) => void)[] } | undefined;

  function storeImage(image: RegistryImage, pinned = false): RuntimeImage {
    const key = `${image.repository}:${image.tag}`;
    const stored = { repository: image.repository, tag: image.tag, id: image.id, digest: image.digest, sizeBytes: image.compressedBytes, pinned };
    images.set(key, stored);
    return stored;
  }

  for (const ref of config.preloadedImages ?? []) {
    const r = resolveImage(ref);
    if (r.ok) storeImage(r.image, r.image.repository === "registry.k8s.io/pause");
  }

  function hasImage(reference: string): boolean {
    const ref = parseImageReference(reference);
    return images.has(`${ref.repository}:${ref.tag}`);
  }

  function pumpPulls(): void {
    if (pulling) return;
    const next = pullQueue.shift();
    if (!next) return;
    pulling = next;
    const outcome = planPull(next.reference);
    clock.schedule(outcome.durationMs, () => {
      if (outcome.ok) storeImage(outcome.image);
      pulling = undefined;
      for (const done of next.done) done(outcome);
      pumpPulls();
    });
  }

  function exit(c: RuntimeContainer, exitCode: number, reason: string): void {
    if (c.state !== "CONTAINER_RUNNING") return;
    const timer = exitTimers.get(c.id);
    if (timer !== undefined) clock.cancel(timer);
    exitTimers.delete(c.id);
    c.state = "CONTAINER_EXITED";
    c.finishedAt = clock.now();
    c.exitCode = exitCode;
    c.reason = reason;
    for (const listener of [...listeners]) listener({ containerId: c.id, exitCode, reason });
  }

  function reasonFor(exitCode: number): string {
    return exitCode === 0 ? "Completed" : "Error";
  }

  function must(id: string): ContainerRecord {
    const c = containers.get(id);
    if (!c) throw new Error(`container "${id}" not found`);
    return c;
  }

  const runtime: ContainerRuntime = {
    nodeName,
    version: CONTAINERD_VERSION,
    hasImage,
    pullImage(reference, done) {
      // containerd joins requests for a reference that is already queued instead of pulling it twice.
      const canonical = parseImageReference(reference).canonical;
      const queued = pulling?.canonical === canonical ? pulling : pullQueue.find((q) => q.canonical === canonical);
      if (queued) queued.done.push(done);
      else pullQueue.push({ reference, canonical, done: [done] });
      pumpPulls();
    },
    runPodSandbox(sb) {
      const id = rng.hex(64);
      sandboxes.set(id, {
        id,
        name: sb.name,
        namespace: sb.namespace,
        uid: sb.uid,
        attempt: sb.attempt,
        createdAt: clock.now(),
        state: "SANDBOX_READY",
        ip: sb.ip,
        labels: { "io.kubernetes.pod.name": sb.name, "io.kubernetes.pod.namespace": sb.namespace, "io.kubernetes.pod.uid": sb.uid, ...sb.labels },
        runtimeHandler: "",
      });
      return id;
    },
    stopPodSandbox(id) {
      const sb = sandboxes.get(id);
      if (!sb) return;
      for (const c of containers.values()) if (c.podSandboxId === id) exit(c, 137, "Error");
      sb.state = "SANDBOX_NOTREADY";
    },
    removePodSandbox(id) {
      runtime.stopPodSandbox(id);
      for (const c of [...containers.values()]) if (c.podSandboxId === id) containers.delete(c.id);
      sandboxes.delete(id);
    },
    createContainer(sandboxId, cc) {
      const sb = sandboxes.get(sandboxId);
      const resolved = resolveImage(cc.image);
      if (!sb || !resolved.ok) throw new Error(`cannot create container ${cc.name}`);
      const id = rng.hex(64);
      containers.set(
        id,
        new ContainerRecord({
        id,
        podSandboxId: sandboxId,
        name: cc.name,
        attempt: cc.attempt,
        image: cc.image,
        imageId: resolved.image.id,
        imageDigest: flat`${resolved.image.repository}@${resolved.image.digest}`,
        argv: effectiveArgv(resolved.image, cc.command, cc.args),
        createdAt: clock.now(),
        state: "CONTAINER_CREATED",
        labels: {
          "io.kubernetes.container.name": cc.name,
          "io.kubernetes.pod.name": sb.name,
          "io.kubernetes.pod.namespace": sb.namespace,
          "io.kubernetes.pod.uid": sb.uid,
        },
        logPath: flat`/var/log/pods/${sb.namespace}_${sb.name}_${sb.uid}/${cc.name}/${cc.attempt}.log`,
        }),
      );
      shutdownKinds.set(id, resolved.image.kind === "server");
      return id;
    },
    startContainer(id) {
      const c = must(id);
      const resolved = resolveImage(c.image);
      if (!resolved.ok || c.state !== "CONTAINER_CREATED") return;
      c.state = "CONTAINER_RUNNING";
      c.startedAt = clock.now();
      const plan = planProcess(resolved.image, c.argv);
      c.deferStartLogs(resolved.image, c.startedAt);
      if (plan.exitAfterMs !== undefined) {
        exitTimers.set(id, clock.schedule(plan.exitAfterMs, () => exit(c, plan.exitCode, reasonFor(plan.exitCode))));
      }
    },
    stopContainer(id, graceMs, done) {
      const c = containers.get(id);
      if (!c || c.state !== "CONTAINER_RUNNING") {
        if (c && c.state === "CONTAINER_CREATED") c.state = "CONTAINER_EXITED";
        if (done) clock.defer(done);
        return;
      }
      // Servers handle SIGTERM; a shell or sleep running as PID 1 ignores it and is killed at the deadline.
      const handlesTerm = shutdownKinds.get(id) === true;
      const delay = handlesTerm ? Math.min(STOP_MS, graceMs) : graceMs;
      const code = handlesTerm && delay === STOP_MS ? 0 : 137;
      clock.schedule(delay, () => {
        exit(c, code, reasonFor(code));
        done?.();
      });
    },
    killContainer(id, e) {
      const c = containers.get(id);
      if (c) exit(c, e.exitCode, e.reason);
    },
    removeContainer(id) {
      const c = containers.get(id);
      if (c) exit(c, 137, "Error");
      containers.delete(id);
      shutdownKinds.delete(id);
    },
    appendLog(id, text) {
      const c = containers.get(id);
      if (!c) return;
      c.logs.push({ time: clock.now(), stream: "stdout", text });
      if (c.logs.length > MAX_LOG_LINES) c.logs.splice(0, c.logs.length - MAX_LOG_LINES);
    },
    onExit(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    listContainers(opts) {
      const all = [...containers.values()];
      return opts?.all ? all : all.filter((c) => c.state === "CONTAINER_RUNNING");
    },
    listPodSandboxes: () => [...sandboxes.values()],
    listImages: () => [...images.values()],
    getContainer: (idOrPrefix) => findByPrefix(containers, idOrPrefix),
    getPodSandbox: (idOrPrefix) => findByPrefix(sandboxes, idOrPrefix),
    logs(idOrPrefix, opts) {
      const c = findByPrefix(containers, idOrPrefix);
      if (!c) return undefined;
      const lines: LogLine[] = c.logs;
      return opts?.tail !== undefined ? lines.slice(Math.max(0, lines.length - opts.tail)) : [...lines];
    },
    inspect(idOrPrefix) {
      const c = findByPrefix(containers, idOrPrefix);
      return c ? inspectContainer(c, images) : undefined;
    },
  };
  return runtime;
}
