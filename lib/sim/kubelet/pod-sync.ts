// PURPOSE: the kubelet's per-pod sync: sandbox, image pulls, container starts, restarts with back-off, probes, termination.
// MODELS: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/ and https://kubernetes.io/docs/concepts/containers/images/
// NOT MODELLED: init and sidecar containers, volumes, resource enforcement other than OOM kills injected as faults.

import type { ObjectReference } from "../api/types";
import type { ApiClient } from "../apiserver/client";
import type { Clock } from "../core/clock";
import type { ContainerRuntime } from "../runtime/containerd";
import { parseImageReference } from "../runtime/image-reference";
import type { Backoff } from "./backoff";
import type { EventRecorder } from "./events";
import type { HealthSwitches, ProbeKind } from "./health";
import { podRef, type ContainerRecord, type PodWorker } from "./pod-state";
import { probeOf, probeTiming, runProbe } from "./probes";
import { flat } from "../core/strings";

export type SyncContext = {
  api: ApiClient;
  clock: Clock;
  runtime: ContainerRuntime;
  events: EventRecorder;
  health: HealthSwitches;
  nodeName: string;
  nodeIP: string;
  allocateIP(w: PodWorker): string | undefined;
  releaseIP(ip: string): void;
  crashBackoff: Backoff;
  pullBackoff: Backoff;
  isActive(): boolean;
  markDirty(w: PodWorker): void;
  requestSync(w: PodWorker, delayMs: number): void;
};

const SANDBOX_MS = 500;
const PULL_RETRY_SYNC_MS = 1_000;

function ref(w: PodWorker, c?: string): ObjectReference {
  const key = c ?? "";
  let r = w.eventRefs.get(key);
  if (!r) w.eventRefs.set(key, (r = Object.freeze(podRef(w, c))));
  return r;
}

function podFullName(w: PodWorker): string {
  return `${w.name}_${w.namespace}(${w.uid})`;
}

function setWaiting(ctx: SyncContext, w: PodWorker, r: ContainerRecord, reason: string, message?: string): void {
  r.phase = r.phase === "running" ? r.phase : "waiting";
  r.waiting = message ? { reason, message } : { reason };
  ctx.markDirty(w);
}

function createSandbox(ctx: SyncContext, w: PodWorker): void {
  if (w.sandboxPending) return;
  w.sandboxPending = true;
  ctx.clock.schedule(SANDBOX_MS, () => {
    w.sandboxPending = false;
    if (w.removed || w.terminating) return;
    const ip = w.pod.spec.hostNetwork ? ctx.nodeIP : ctx.allocateIP(w);
    if (!ip) {
      ctx.events.record(ref(w), "Warning", "FailedCreatePodSandBox", `Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox: plugin type="bridge" failed (add): failed to allocate for range 0: no IP addresses available in range set`);
      ctx.requestSync(w, 10_000);
      return;
    }
    w.podIP = ip;
    w.sandboxId = ctx.runtime.runPodSandbox({ name: w.name, namespace: w.namespace, uid: w.uid, attempt: 0, ip });
    // No status of its own: the kubelet reports status at the start of a sync, and this sync goes on to start the
    // containers (or waits in their image pulls), so the sandbox's IP appears with the container states that follow.
    syncPod(ctx, w);
  });
}

function pullPolicy(r: ContainerRecord): "Always" | "IfNotPresent" | "Never" {
  if (r.spec.imagePullPolicy) return r.spec.imagePullPolicy;
  const ref = parseImageReference(r.spec.image ?? "");
  return ref.tag === "latest" && !ref.digest ? "Always" : "IfNotPresent";
}

function startContainer(ctx: SyncContext, w: PodWorker, r: ContainerRecord): void {
  const image = r.spec.image ?? "";
  const name = r.spec.name;
  const policy = pullPolicy(r);
  const present = ctx.runtime.hasImage(image);
  if (policy === "Never" && !present) {
    setWaiting(ctx, w, r, "ErrImageNeverPull", `Container image "${image}" is not present with pull policy of Never`);
    ctx.events.record(ref(w, name), "Warning", "ErrImageNeverPull", flat`Container image "${image}" is not present with pull policy of Never`);
    return;
  }
  if (policy === "IfNotPresent" && present) {
    ctx.events.record(ref(w, name), "Normal", "Pulled", flat`Container image "${image}" already present on machine`);
    runContainer(ctx, w, r);
    return;
  }
  if (policy === "Never") {
    runContainer(ctx, w, r);
    return;
  }
  const key = `${w.uid}/${image}`;
  const now = ctx.clock.now();
  if (r.pullFailedAt !== undefined && ctx.pullBackoff.inBackoffSince(key, r.pullFailedAt, now)) {
    if (r.waiting?.reason !== "ImagePullBackOff") {
      setWaiting(ctx, w, r, "ImagePullBackOff", `Back-off pulling image "${image}"`);
      ctx.events.record(ref(w, name), "Normal", "BackOff", flat`Back-off pulling image "${image}"`);
      ctx.events.record(ref(w, name), "Warning", "Failed", "Error: ImagePullBackOff");
    }
    if (r.retryTimer === undefined) {
      r.retryTimer = ctx.clock.schedule(ctx.pullBackoff.remaining(key, r.pullFailedAt, now), () => {
        r.retryTimer = undefined;
        syncPod(ctx, w);
      });
    }
    return;
  }
  r.busy = true;
  const requested = now;
  ctx.events.record(ref(w, name), "Normal", "Pulling", flat`Pulling image "${image}"`);
  ctx.runtime.pullImage(image, (outcome) => {
    r.busy = false;
    if (w.removed || w.terminating) return;
    const took = ctx.clock.now() - requested;
    if (outcome.ok) {
      r.pullFailedAt = undefined;
      const secs = (outcome.durationMs / 1000).toFixed(3).replace(/\.?0+$/, "");
      const total = (took / 1000).toFixed(3).replace(/\.?0+$/, "");
      ctx.events.record(ref(w, name), "Normal", "Pulled", flat`Successfully pulled image "${image}" in ${secs}s (${total}s including waiting). Image size: ${outcome.image.compressedBytes} bytes.`);
      runContainer(ctx, w, r);
      syncPod(ctx, w);
      return;
    }
    ctx.pullBackoff.next(key, ctx.clock.now());
    r.pullFailedAt = ctx.clock.now();
    setWaiting(ctx, w, r, "ErrImagePull", outcome.message);
    ctx.events.record(ref(w, name), "Warning", "Failed", flat`Failed to pull image "${image}": ${outcome.message}`);
    ctx.events.record(ref(w, name), "Warning", "Failed", "Error: ErrImagePull");
    ctx.requestSync(w, PULL_RETRY_SYNC_MS);
  });
}

function runContainer(ctx: SyncContext, w: PodWorker, r: ContainerRecord): void {
  if (!w.sandboxId) return;
  const name = r.spec.name;
  const id = ctx.runtime.createContainer(w.sandboxId, { name, image: r.spec.image ?? "", command: r.spec.command, args: r.spec.args, attempt: r.restartCount });
  ctx.events.record(ref(w, name), "Normal", "Created", flat`Created container: ${name}`);
  ctx.runtime.startContainer(id);
  ctx.events.record(ref(w, name), "Normal", "Started", flat`Started container ${name}`);
  const created = ctx.runtime.getContainer(id);
  r.runtimeId = id;
  r.imageRef = created ? { image: imageName(created.image), imageID: created.imageDigest } : undefined;
  r.waiting = undefined;
  r.terminated = undefined;
  r.livenessFailures = 0;
  r.readinessFailures = 0;
  if (created?.state === "CONTAINER_RUNNING") {
    r.phase = "running";
    r.startedAt = created.startedAt;
    r.ready = !r.spec.readinessProbe;
    scheduleProbe(ctx, w, r);
  }
  ctx.markDirty(w);
}

function imageName(image: string): string {
  const ref = parseImageReference(image);
  return flat`${ref.repository}:${ref.tag}`;
}

function scheduleProbe(ctx: SyncContext, w: PodWorker, r: ContainerRecord): void {
  const probes = (["liveness", "readiness"] as ProbeKind[]).filter((k) => probeOf(r.spec, k));
  if (probes.length === 0) return;
  const periods = probes.map((k) => probeTiming(probeOf(r.spec, k) ?? {}));
  const first = Math.max(1_000, Math.min(...periods.map((p) => p.initialDelayMs)));
  const period = Math.min(...periods.map((p) => p.periodMs));
  const runId = r.runtimeId;
  const tick = (delay: number) => {
    r.probeTimer = ctx.clock.schedule(delay, () => {
      r.probeTimer = undefined;
      if (w.removed || w.terminating || r.runtimeId !== runId || r.phase !== "running") return;
      if (ctx.isActive()) probeOnce(ctx, w, r);
      if (r.phase === "running" && r.runtimeId === runId) tick(period);
    });
  };
  tick(first);
}

function probeOnce(ctx: SyncContext, w: PodWorker, r: ContainerRecord): void {
  const target = { namespace: w.namespace, pod: w.name, podIP: w.podIP ?? "", container: r.spec };
  const readiness = probeOf(r.spec, "readiness");
  if (readiness) {
    const outcome = runProbe(ctx.health, target, "readiness");
    if (outcome.ok) {
      r.readinessFailures = 0;
      if (!r.ready) {
        r.ready = true;
        ctx.markDirty(w);
      }
    } else {
      r.readinessFailures++;
      ctx.events.record(ref(w, r.spec.name), "Warning", "Unhealthy", flat`Readiness probe failed: ${outcome.message}`);
      if (r.ready && r.readinessFailures >= probeTiming(readiness).failureThreshold) {
        r.ready = false;
        ctx.markDirty(w);
      }
    }
  }
  const liveness = probeOf(r.spec, "liveness");
  if (!liveness) return;
  const outcome = runProbe(ctx.health, target, "liveness");
  if (outcome.ok) {
    r.livenessFailures = 0;
    return;
  }
  r.livenessFailures++;
  ctx.events.record(ref(w, r.spec.name), "Warning", "Unhealthy", flat`Liveness probe failed: ${outcome.message}`);
  if (r.livenessFailures < probeTiming(liveness).failureThreshold || !r.runtimeId) return;
  ctx.events.record(ref(w, r.spec.name), "Normal", "Killing", flat`Container ${r.spec.name} failed liveness probe, will be restarted`);
  r.livenessFailures = 0;
  ctx.runtime.stopContainer(r.runtimeId, (w.pod.spec.terminationGracePeriodSeconds ?? 30) * 1000);
}

/** Records a container exit reported by the runtime and lets the next sync decide on a restart. */
export function containerExited(ctx: SyncContext, w: PodWorker, r: ContainerRecord, exitCode: number, reason: string): void {
  const c = r.runtimeId ? ctx.runtime.getContainer(r.runtimeId) : undefined;
  r.phase = "terminated";
  r.ready = false;
  r.waiting = undefined;
  r.terminated = { exitCode, reason, startedAt: c?.startedAt ?? ctx.clock.now(), finishedAt: c?.finishedAt ?? ctx.clock.now(), containerID: r.runtimeId ?? "" };
  if (r.probeTimer !== undefined) ctx.clock.cancel(r.probeTimer);
  r.probeTimer = undefined;
  ctx.markDirty(w);
  if (!w.terminating) syncPod(ctx, w);
}

function shouldRestart(w: PodWorker, r: ContainerRecord): boolean {
  const policy = w.pod.spec.restartPolicy ?? "Always";
  if (policy === "Always") return true;
  return policy === "OnFailure" && (r.terminated?.exitCode ?? 0) !== 0;
}

export function syncPod(ctx: SyncContext, w: PodWorker): void {
  if (!ctx.isActive() || w.removed || w.terminating) return;
  if (!w.sandboxId) {
    createSandbox(ctx, w);
    return;
  }
  const now = ctx.clock.now();
  for (const r of w.containers) {
    // The kubelet starts a pod's containers one after another and waits for each image pull.
    if (r.busy) break;
    if (r.phase === "running") continue;
    if (r.phase === "waiting") {
      startContainer(ctx, w, r);
      if (r.busy) break;
      continue;
    }
    if (!shouldRestart(w, r) || !r.terminated) continue;
    const key = `${w.uid}/${r.spec.name}`;
    const finished = r.terminated.finishedAt;
    if (ctx.crashBackoff.inBackoffSince(key, finished, now)) {
      const wait = ctx.crashBackoff.remaining(key, finished, now);
      const backoffS = ctx.crashBackoff.current(key) / 1000;
      const label = backoffS >= 60 ? `${Math.floor(backoffS / 60)}m${backoffS % 60 ? `${backoffS % 60}s` : "0s"}` : `${backoffS}s`;
      if (r.waiting?.reason !== "CrashLoopBackOff") {
        r.lastTerminated = r.terminated;
        r.phase = "terminated";
        r.waiting = { reason: "CrashLoopBackOff", message: `back-off ${label} restarting failed container=${r.spec.name} pod=${podFullName(w)}` };
        ctx.events.record(ref(w, r.spec.name), "Warning", "BackOff", flat`Back-off restarting failed container ${r.spec.name} in pod ${podFullName(w)}`);
        ctx.markDirty(w);
      }
      if (r.retryTimer === undefined) {
        r.retryTimer = ctx.clock.schedule(wait, () => {
          r.retryTimer = undefined;
          syncPod(ctx, w);
        });
      }
      continue;
    }
    ctx.crashBackoff.next(key, now);
    r.lastTerminated = r.terminated;
    r.restartCount++;
    r.phase = "waiting";
    r.waiting = undefined;
    startContainer(ctx, w, r);
    if (r.busy) break;
  }
}

/** Graceful termination: stop every container within the grace period, then tear the sandbox down. */
export function terminatePod(ctx: SyncContext, w: PodWorker, graceMs: number, done: () => void): void {
  w.terminating = true;
  const running = w.containers.filter((r) => r.runtimeId && r.phase === "running");
  for (const r of w.containers) {
    if (r.retryTimer !== undefined) ctx.clock.cancel(r.retryTimer);
    if (r.probeTimer !== undefined) ctx.clock.cancel(r.probeTimer);
    r.retryTimer = undefined;
    r.probeTimer = undefined;
  }
  let pending = running.length;
  const finish = () => {
    if (w.sandboxId) ctx.runtime.stopPodSandbox(w.sandboxId);
    if (w.podIP && !w.pod.spec.hostNetwork) ctx.releaseIP(w.podIP);
    w.removed = true;
    done();
  };
  if (pending === 0) {
    ctx.clock.defer(finish);
    return;
  }
  for (const r of running) {
    ctx.events.record(ref(w, r.spec.name), "Normal", "Killing", flat`Stopping container ${r.spec.name}`);
    ctx.runtime.stopContainer(r.runtimeId ?? "", graceMs, () => {
      pending--;
      if (pending === 0) finish();
    });
  }
}
