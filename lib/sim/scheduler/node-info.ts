/**
 * PURPOSE: the scheduler's per-node view: allocatable resources and what the pods
 * already assigned there request, kept up to date from watch events.
 * MODELS: the scheduler cache's NodeInfo, https://kubernetes.io/docs/concepts/scheduling-eviction/kube-scheduler/
 * NOT MODELLED: extended resources, ephemeral storage, image locality.
 */
import { cpuMilli, memoryBytes } from "../api/quantity";
import type { Container, Node, Pod } from "../api/types";

export type Resources = { cpu: number; memory: number };

export type NodeInfo = {
  name: string;
  node: Node;
  allocatable: Resources & { pods: number };
  requested: Resources;
  nonZeroRequested: Resources;
  podCount: number;
  usedPorts: Set<string>;
};

// Used only for scoring pods that request nothing, as the scheduler's DefaultMilliCPURequest/DefaultMemoryRequest.
const DEFAULT_CPU = 100;
const DEFAULT_MEMORY = 200 * 1024 * 1024;

function containerRequests(c: Container): Resources {
  return { cpu: cpuMilli(c.resources?.requests?.cpu), memory: memoryBytes(c.resources?.requests?.memory) };
}

const cache = new WeakMap<Pod, Resources>();
const nonZeroCache = new WeakMap<Pod, Resources>();

/** Sum of app containers, at least the largest init container (the effective request). */
export function podRequests(pod: Pod, nonZero = false): Resources {
  const memo = nonZero ? nonZeroCache : cache;
  const hit = memo.get(pod);
  if (hit) return hit;
  const r = computeRequests(pod, nonZero);
  if (Object.isFrozen(pod)) memo.set(pod, r);
  return r;
}

function computeRequests(pod: Pod, nonZero: boolean): Resources {
  let cpu = 0;
  let memory = 0;
  for (const c of pod.spec.containers) {
    const r = containerRequests(c);
    cpu += nonZero && c.resources?.requests?.cpu === undefined ? DEFAULT_CPU : r.cpu;
    memory += nonZero && c.resources?.requests?.memory === undefined ? DEFAULT_MEMORY : r.memory;
  }
  for (const c of pod.spec.initContainers ?? []) {
    const r = containerRequests(c);
    cpu = Math.max(cpu, r.cpu);
    memory = Math.max(memory, r.memory);
  }
  return { cpu, memory };
}

export function podHostPorts(pod: Pod): string[] {
  const out: string[] = [];
  for (const c of pod.spec.containers) {
    for (const p of c.ports ?? []) if (p.hostPort) out.push(`${p.protocol ?? "TCP"}/${p.hostPort}`);
  }
  return out;
}

export function createNodeInfo(node: Node): NodeInfo {
  const alloc = node.status?.allocatable ?? node.status?.capacity ?? {};
  return {
    name: node.metadata.name ?? "",
    node,
    allocatable: { cpu: cpuMilli(alloc.cpu), memory: memoryBytes(alloc.memory), pods: Number(alloc.pods ?? 110) },
    requested: { cpu: 0, memory: 0 },
    nonZeroRequested: { cpu: 0, memory: 0 },
    podCount: 0,
    usedPorts: new Set(),
  };
}

export function setNode(info: NodeInfo, node: Node): void {
  const fresh = createNodeInfo(node);
  info.node = node;
  info.allocatable = fresh.allocatable;
}

export function addPod(info: NodeInfo, pod: Pod, sign: 1 | -1): void {
  const r = podRequests(pod);
  const nz = podRequests(pod, true);
  info.requested.cpu += sign * r.cpu;
  info.requested.memory += sign * r.memory;
  info.nonZeroRequested.cpu += sign * nz.cpu;
  info.nonZeroRequested.memory += sign * nz.memory;
  info.podCount += sign;
  for (const p of podHostPorts(pod)) {
    if (sign === 1) info.usedPorts.add(p);
    else info.usedPorts.delete(p);
  }
}
