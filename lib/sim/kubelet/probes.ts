// PURPOSE: liveness and readiness probe outcomes, as functions of the container's state and an injectable health switch.
// MODELS: https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/
// NOT MODELLED: startup probes, gRPC probes, timeouts; an exec probe passes unless switched to failing.

import type { Container, Probe } from "../api/types";
import { resolveImage } from "../runtime/registry";
import type { HealthSwitches, ProbeKind } from "./health";

export type ProbeOutcome = { ok: true } | { ok: false; message: string };

export function probeOf(c: Container, kind: ProbeKind): Probe | undefined {
  return kind === "liveness" ? c.livenessProbe : c.readinessProbe;
}

function resolvePort(c: Container, port: number | string): number | undefined {
  if (typeof port === "number") return port;
  const named = c.ports?.find((p) => p.name === port);
  return named ? named.containerPort : Number.isNaN(Number(port)) ? undefined : Number(port);
}

function listens(c: Container, port: number): boolean {
  const resolved = resolveImage(c.image ?? "");
  return resolved.ok && resolved.image.ports.some((p) => p === `${port}/tcp`);
}

export function runProbe(
  health: HealthSwitches,
  target: { namespace: string; pod: string; podIP: string; container: Container },
  kind: ProbeKind,
): ProbeOutcome {
  const probe = probeOf(target.container, kind);
  if (!probe) return { ok: true };
  const failing = health.isFailing(target.namespace, target.pod, target.container.name, kind);
  if (probe.httpGet) {
    const port = resolvePort(target.container, probe.httpGet.port);
    const url = `${(probe.httpGet.scheme ?? "HTTP").toLowerCase()}://${target.podIP}:${port}${probe.httpGet.path ?? "/"}`;
    if (port === undefined || !listens(target.container, port)) {
      return { ok: false, message: `Get "${url}": dial tcp ${target.podIP}:${port}: connect: connection refused` };
    }
    return failing ? { ok: false, message: `HTTP probe failed with statuscode: ${kind === "liveness" ? 500 : 503}` } : { ok: true };
  }
  if (probe.tcpSocket) {
    const port = resolvePort(target.container, probe.tcpSocket.port);
    if (port === undefined || !listens(target.container, port) || failing) {
      return { ok: false, message: `dial tcp ${target.podIP}:${port}: connect: connection refused` };
    }
    return { ok: true };
  }
  if (failing) {
    const cmd = probe.exec?.command ?? [];
    const file = cmd[0] === "cat" ? cmd[1] : undefined;
    return { ok: false, message: file ? `cat: can't open '${file}': No such file or directory` : "" };
  }
  return { ok: true };
}

export function probeTiming(probe: Probe) {
  return {
    initialDelayMs: (probe.initialDelaySeconds ?? 0) * 1000,
    periodMs: (probe.periodSeconds ?? 10) * 1000,
    failureThreshold: probe.failureThreshold ?? 3,
  };
}
