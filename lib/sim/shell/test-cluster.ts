/**
 * PURPOSE: a small API-server-only cluster for the shell's unit tests: two nodes and whatever
 * objects a test creates, with no controllers running, so printed output is fully predictable.
 * MODELS: test fixture, not a real component.
 * NOT MODELLED: scheduling, kubelets, controllers (use the full cluster for those).
 */
import type { Node } from "../api/types";
import { createApiServer } from "../apiserver/server";
import { createClock } from "../core/clock";
import { createRng } from "../core/rng";
import { SCENARIO_EPOCH_MS } from "../core/time";
import { createStore } from "../store/store";
import type { ShellCluster } from "./cluster-port";

export function node(name: string, ip: string, controlPlane = false): Node {
  return {
    apiVersion: "v1",
    kind: "Node",
    metadata: { name, labels: { "kubernetes.io/hostname": name, ...(controlPlane ? { "node-role.kubernetes.io/control-plane": "" } : {}) } },
    spec: { podCIDR: controlPlane ? "10.244.0.0/24" : "10.244.1.0/24" },
    status: {
      addresses: [
        { type: "InternalIP", address: ip },
        { type: "Hostname", address: name },
      ],
      conditions: [{ type: "Ready", status: "True", reason: "KubeletReady", message: "kubelet is posting ready status" }],
      nodeInfo: {
        machineID: "m",
        systemUUID: "s",
        bootID: "b",
        kernelVersion: "5.15.0-1083-gcp",
        osImage: "Ubuntu 22.04.5 LTS",
        containerRuntimeVersion: "containerd://2.0.5",
        kubeletVersion: "v1.33.1",
        operatingSystem: "linux",
        architecture: "amd64",
      },
      capacity: { cpu: "2", memory: "4Gi", pods: "110" },
      allocatable: { cpu: "2", memory: "4Gi", pods: "110" },
    },
  };
}

export function createTestCluster(): ShellCluster {
  const clock = createClock({ startMs: SCENARIO_EPOCH_MS });
  const rng = createRng(1);
  const server = createApiServer({ store: createStore(), clock, rng, bootstrap: true });
  const api = server.client();
  api.create("nodes", node("controlplane", "172.30.1.2", true));
  api.create("nodes", node("node01", "172.30.2.2"));
  clock.settle();
  return { api, clock, advance: (ms) => clock.advance(ms), settle: () => clock.settle() };
}
