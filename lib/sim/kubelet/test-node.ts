// PURPOSE: a one-node harness (API server, runtime, kubelet) for the kubelet's tests.
// MODELS: nothing real; test wiring only.
// NOT MODELLED: scheduler and controllers: pods are created already bound to the node.

import type { Pod } from "../api/types";
import { createApiServer } from "../apiserver/server";
import { createClock } from "../core/clock";
import { createRng } from "../core/rng";
import { startNodeIpamController } from "../network/node-ipam-controller";
import { createPodIpam } from "../network/pod-ipam";
import { createContainerRuntime } from "../runtime/containerd";
import { createStore } from "../store/store";
import { createHealthSwitches } from "./health";
import { startKubelet } from "./kubelet";

export function createTestNode(opts: { staticPods?: Pod[] } = {}) {
  const clock = createClock({ startMs: Date.UTC(2025, 0, 1) });
  const rng = createRng(7);
  const api = createApiServer({ store: createStore(), clock, rng }).client();
  const runtime = createContainerRuntime({ clock, rng, nodeName: "node01", preloadedImages: ["registry.k8s.io/pause:3.10"] });
  const health = createHealthSwitches();
  startNodeIpamController({ api, clock });
  const kubelet = startKubelet({
    api,
    clock,
    rng,
    nodeName: "node01",
    runtime,
    health,
    podIpam: createPodIpam(),
    staticPods: opts.staticPods,
    hardware: { cpu: 2, memoryMi: 4096, internalIP: "192.168.1.11", kubeletVersion: "v1.33.1", machineID: "m", systemUUID: "s", bootID: "b", containerRuntimeVersion: runtime.version },
  });
  clock.advance(0);
  return { clock, api, runtime, kubelet, health };
}

export function boundPod(name: string, image: string, extra: Partial<Pod["spec"]> = {}, container: Partial<Pod["spec"]["containers"][number]> = {}): Pod {
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name, namespace: "default" },
    spec: { nodeName: "node01", containers: [{ name, image, ...container }], ...extra },
  };
}
