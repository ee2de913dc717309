// PURPOSE: assembles a whole cluster from a scenario and a seed: API server and store, control plane, one kubelet,
// runtime and kube-proxy per node, the pod network, metrics and an optional Docker host; records external operations.
// MODELS: https://kubernetes.io/docs/concepts/architecture/
// NOT MODELLED: see lib/sim/README.md.

import { DEFAULT_K8S_VERSION, findRelease } from "../api/releases";
import type { KubeObject } from "../api/types";
import type { ApiClient } from "../apiserver/client";
import { createApiServer } from "../apiserver/server";
import { createClock } from "../core/clock";
import { createRng } from "../core/rng";
import { SCENARIO_EPOCH_MS } from "../core/time";
import { createDockerHost, type DockerHost } from "../docker/host";
import { createHealthSwitches } from "../kubelet/health";
import { startKubelet, type Kubelet } from "../kubelet/kubelet";
import { createMetrics } from "../metrics/load-model";
import { createPodIpam } from "../network/pod-ipam";
import { sendRequest } from "../network/router";
import { startKubeProxies } from "../proxy/kube-proxy";
import { createContainerRuntime, type ContainerRuntime } from "../runtime/containerd";
import { FLANNEL_IMAGE, kubeadmAddons } from "../scenarios/addons";
import { CONTROL_PLANE_TAINT, findScenario, type ScenarioDefinition } from "../scenarios/definitions";
import { controlPlaneStaticPods } from "../scenarios/static-pods";
import { createStore } from "../store/store";
import { startControlPlane, type ControlPlane } from "./control-plane";
import { dumpState } from "./dump";
import type { ClusterSnapshot, JournalEntry } from "./journal";
import { cloneJson } from "./journal";
import { journaledClient } from "./journaled-client";
import { journaledDocker } from "./journaled-docker";
import { startRealtimeDriver } from "./realtime";
import { createRequestDeps } from "./request-deps";
import type { Cluster, ClusterEvent, Faults } from "./types";

/** Virtual time the cluster runs before it is handed over, so nodes are Ready and kube-system is Running at the epoch. */
export const BOOT_MS = 60_000;

function nodeImages(version: string): string[] {
  return ["registry.k8s.io/pause:3.10", `registry.k8s.io/kube-proxy:${version}`, FLANNEL_IMAGE, "registry.k8s.io/coredns/coredns:v1.12.0", "registry.k8s.io/metrics-server/metrics-server:v0.7.2"];
}

function controlPlaneImages(version: string): string[] {
  return ["registry.k8s.io/etcd:3.5.21-0", `registry.k8s.io/kube-apiserver:${version}`, `registry.k8s.io/kube-controller-manager:${version}`, `registry.k8s.io/kube-scheduler:${version}`];
}
const WATCHED = ["nodes", "pods", "services", "endpointslices", "deployments", "replicasets", "daemonsets", "horizontalpodautoscalers", "events", "namespaces"];

const IDENTITY_SEED = 0x1ea5e;

/**
 * k8sVersion: the emulated release (`1.33`, the default, or `1.32`), as nodes, images and /version report it.
 * epochMs: when the cluster is handed over (default 2025-01-01T00:00:00Z); a server that real clients
 * talk to starts at the host's time, because kubectl computes some ages from its own clock.
 */
export type CreateClusterOptions = { scenario: string | ScenarioDefinition; seed: number; k8sVersion?: string; epochMs?: number };

function uuidFrom(hex: string): string {
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

export function createCluster(options: CreateClusterOptions): Cluster {
  const scenario = findScenario(options.scenario);
  const release = findRelease(options.k8sVersion);
  if (!release) throw new Error(`unknown Kubernetes version "${options.k8sVersion}"`);
  const version = release.gitVersion;
  const clock = createClock({ startMs: (options.epochMs ?? SCENARIO_EPOCH_MS) - (scenario.cluster ? BOOT_MS : 0) });
  const rng = createRng(options.seed);
  const server = createApiServer({ store: createStore(), clock, rng });
  const admin = server.client();
  const journal: JournalEntry[] = [];
  let replaying = false;
  const isReplaying = () => replaying;
  const metrics = createMetrics({ api: admin, clock, installed: scenario.metricsServer });
  const health = createHealthSwitches();
  const podIpam = createPodIpam();
  const runtimes = new Map<string, ContainerRuntime>();
  const kubelets = new Map<string, Kubelet>();
  const partitioned = new Set<string>();
  const nodeIPs = new Map(scenario.nodes.map((n) => [n.name, n.internalIP]));
  const proxies = startKubeProxies({ api: admin });
  const loads: Record<string, number> = {};
  let controlPlane: ControlPlane | undefined;

  if (scenario.cluster) {
    const controlPlanes = scenario.nodes.filter((n) => n.role === "control-plane");
    const identityRng = createRng((options.seed ^ IDENTITY_SEED) >>> 0);
    controlPlane = startControlPlane({ api: admin, clock, rng, metrics, clusterCIDR: scenario.clusterCIDR, controlPlaneNodes: controlPlanes.map((n) => n.name), identityRng });
    const etcdPeers = controlPlanes.map((n) => `${n.name}=https://${n.internalIP}:2380`);
    for (const n of scenario.nodes) {
      const isControlPlane = n.role === "control-plane";
      const runtime = createContainerRuntime({ clock, rng, nodeName: n.name, preloadedImages: isControlPlane ? [...nodeImages(version), ...controlPlaneImages(version)] : nodeImages(version) });
      runtimes.set(n.name, runtime);
      const labels: Record<string, string> = isControlPlane ? { "node-role.kubernetes.io/control-plane": "", "node.kubernetes.io/exclude-from-external-load-balancers": "" } : {};
      kubelets.set(
        n.name,
        startKubelet({
          api: admin,
          clock,
          rng,
          nodeName: n.name,
          runtime,
          health,
          podIpam,
          staticPods: isControlPlane ? controlPlaneStaticPods(n.name, n.internalIP, etcdPeers, version) : [],
          hardware: {
            cpu: n.cpu,
            memoryMi: n.memoryMi,
            pods: n.pods,
            internalIP: n.internalIP,
            labels,
            taints: isControlPlane && scenario.taintControlPlane ? [CONTROL_PLANE_TAINT] : [],
            kubeletVersion: version,
            machineID: rng.hex(32),
            systemUUID: uuidFrom(rng.hex(32)),
            bootID: uuidFrom(rng.hex(32)),
            containerRuntimeVersion: runtime.version,
          },
        }),
      );
    }
    clock.settle();
    if (scenario.addons) {
      const addons = kubeadmAddons({
        metricsServer: scenario.metricsServer,
        controlPlaneIPs: controlPlanes.map((n) => n.internalIP),
        version,
        clusterCIDR: scenario.clusterCIDR,
        controlPlaneEndpoint: scenario.controlPlaneEndpoint,
      });
      for (const { resource, obj } of addons) {
        admin.create(resource, obj, { namespace: obj.metadata.namespace });
      }
    }
    clock.advance(BOOT_MS);
  }

  const dockerBase: DockerHost | undefined = scenario.dockerHost ? createDockerHost({ clock, rng, hostname: "docker-host" }) : undefined;
  const docker = dockerBase ? journaledDocker(dockerBase, journal, isReplaying) : undefined;
  const api = journaledClient(admin, journal, undefined, isReplaying);
  const requestDeps = createRequestDeps({ api: admin, clock, rng, proxies, runtimes, nodeIPs, isPartitioned: (n) => partitioned.has(n) });
  const listeners = new Set<(e: ClusterEvent) => void>();

  function record(entry: JournalEntry): void {
    if (replaying) return;
    // Advances and settles hold only numbers; the other entries carry caller-owned objects.
    journal.push(entry.op === "advance" || entry.op === "settle" ? entry : cloneJson(entry));
  }

  function kubeletOf(node: string): Kubelet {
    const k = kubelets.get(node);
    if (!k) throw new Error(`node "${node}" not found`);
    return k;
  }

  const faults: Faults = {
    stopKubelet(node) {
      record({ op: "fault", name: "stopKubelet", args: [node] });
      kubeletOf(node).stop();
    },
    startKubelet(node) {
      record({ op: "fault", name: "startKubelet", args: [node] });
      kubeletOf(node).start();
    },
    crashContainer(namespace, pod, container, opts) {
      record({ op: "fault", name: "crashContainer", args: [namespace, pod, container ?? null, opts ?? {}] });
      for (const k of kubelets.values()) if (k.crashContainer(namespace, pod, container, opts)) return true;
      return false;
    },
    partitionNode(node) {
      record({ op: "fault", name: "partitionNode", args: [node] });
      partitioned.add(node);
      proxies.freeze(node);
      kubeletOf(node).setPartitioned(true);
    },
    healNode(node) {
      record({ op: "fault", name: "healNode", args: [node] });
      partitioned.delete(node);
      proxies.unfreeze(node);
      kubeletOf(node).setPartitioned(false);
    },
    setUnhealthy(namespace, pod, container, probe, failing) {
      record({ op: "fault", name: "setUnhealthy", args: [namespace, pod, container ?? null, probe, failing] });
      health.set(namespace, pod, container, probe, failing);
    },
    stopCloudControllerManager() {
      record({ op: "fault", name: "stopCloudControllerManager", args: [] });
      controlPlane?.cloud.stop();
    },
    startCloudControllerManager() {
      record({ op: "fault", name: "startCloudControllerManager", args: [] });
      controlPlane?.cloud.start();
    },
  };

  function advance(ms: number): void {
    record({ op: "advance", ms });
    clock.advance(ms);
    for (const l of [...listeners]) l({ kind: "time", now: clock.now() });
  }

  const cluster: Cluster = {
    version,
    release,
    scenario,
    seed: options.seed,
    api,
    as: (user) => api.as(user),
    clock: { now: () => clock.now(), pendingTimers: () => clock.pendingTimers() },
    advance,
    settle() {
      record({ op: "settle" });
      clock.settle();
    },
    startRealtime: (host) => startRealtimeDriver(host, advance),
    faults,
    load: {
      setServiceLoad(namespace, service, rps) {
        record({ op: "load", namespace, service, rps });
        loads[`${namespace}/${service}`] = rps;
        metrics.setServiceLoad(namespace, service, rps);
      },
    },
    network: {
      request(input) {
        record({ op: "request", input });
        return sendRequest(requestDeps, input);
      },
    },
    nodes: () =>
      scenario.nodes.map((n) => ({ name: n.name, role: n.role, internalIP: n.internalIP, kubeletRunning: kubelets.get(n.name)?.isRunning() ?? false, partitioned: partitioned.has(n.name) })),
    proxy: (node) => proxies.tables(node),
    runtime: (node) => runtimes.get(node),
    docker,
    metrics,
    subscribe(listener) {
      listeners.add(listener);
      const stops = scenario.cluster
        ? WATCHED.map((resource) => admin.watch<KubeObject>(resource, { namespace: "" }, (event) => listener({ kind: "change", resource, event })))
        : [];
      return () => {
        listeners.delete(listener);
        for (const stop of stops) stop();
      };
    },
    snapshot: () => ({
      version: 1,
      scenario: typeof options.scenario === "string" ? options.scenario : cloneJson(scenario),
      seed: options.seed,
      ...(release.minorVersion === DEFAULT_K8S_VERSION ? {} : { k8sVersion: release.minorVersion }),
      ...(options.epochMs === undefined ? {} : { epochMs: options.epochMs }),
      journal: cloneJson(journal),
    }),
    dump: () =>
      dumpState({
        api: admin,
        now: clock.now(),
        rngState: rng.state(),
        pendingTimers: clock.pendingTimers(),
        runtimes,
        ipam: podIpam.state(),
        docker: dockerBase,
        extra: { loads, health: health.entries(), partitioned: [...partitioned].sort() },
      }),
  };

  return Object.assign(cluster, {
    replay(entries: JournalEntry[]) {
      replaying = true;
      try {
        for (const e of entries) replayEntry(cluster, admin, e);
      } finally {
        replaying = false;
      }
      journal.push(...cloneJson(entries));
    },
  });
}

function replayEntry(cluster: Cluster, admin: ApiClient, e: JournalEntry): void {
  try {
    switch (e.op) {
      case "api": {
        const client = e.user ? admin.as(e.user) : admin;
        const fn = client[e.verb] as (...args: unknown[]) => unknown;
        fn(...e.args);
        return;
      }
      case "advance":
        cluster.advance(e.ms);
        return;
      case "settle":
        cluster.settle();
        return;
      case "fault": {
        const fn = cluster.faults[e.name as keyof Faults] as (...args: unknown[]) => unknown;
        fn(...e.args.map((a) => (a === null ? undefined : a)));
        return;
      }
      case "load":
        cluster.load.setServiceLoad(e.namespace, e.service, e.rps);
        return;
      case "request":
        cluster.network.request(e.input as Parameters<Cluster["network"]["request"]>[0]);
        return;
      case "docker": {
        const host = cluster.docker as unknown as Record<string, (...args: unknown[]) => unknown> | undefined;
        host?.[e.method]?.(...e.args);
        return;
      }
    }
  } catch {
    // The original run saw the same error; replay continues as it did.
  }
}

export function restoreCluster(snapshot: ClusterSnapshot): Cluster {
  const scenario = typeof snapshot.scenario === "string" ? snapshot.scenario : (snapshot.scenario as unknown as ScenarioDefinition);
  const cluster = createCluster({ scenario, seed: snapshot.seed, k8sVersion: snapshot.k8sVersion, epochMs: snapshot.epochMs }) as Cluster & { replay(entries: JournalEntry[]): void };
  cluster.replay(snapshot.journal);
  return cluster;
}
