// PURPOSE: the Node object a kubelet registers and keeps current: capacity, allocatable, addresses, node info, conditions.
// MODELS: https://kubernetes.io/docs/reference/node/node-status/ and https://kubernetes.io/docs/concepts/architecture/nodes/#self-registration-of-nodes
// NOT MODELLED: real pressure signals (memory/disk/PID conditions are always healthy), volumes attached.

import type { Node, NodeCondition, Taint } from "../api/types";
import { formatTimestamp } from "../core/time";

export type NodeHardware = {
  cpu: number;
  memoryMi: number;
  pods?: number;
  internalIP: string;
  osImage?: string;
  kernelVersion?: string;
  labels?: Record<string, string>;
  taints?: Taint[];
  /** the kubelet's release, `v1.33.1` */
  kubeletVersion: string;
  machineID: string;
  systemUUID: string;
  bootID: string;
  containerRuntimeVersion: string;
};

const EPHEMERAL_STORAGE_KI = 61_202_244;
// Allocatable subtracts the kubelet's default hard eviction threshold memory.available<100Mi.
const EVICTION_MEMORY_KI = 100 * 1024;

export function nodeConditions(now: number, previous: NodeCondition[] | undefined): NodeCondition[] {
  const ts = formatTimestamp(now);
  const desired: [string, "True" | "False", string, string][] = [
    ["MemoryPressure", "False", "KubeletHasSufficientMemory", "kubelet has sufficient memory available"],
    ["DiskPressure", "False", "KubeletHasNoDiskPressure", "kubelet has no disk pressure"],
    ["PIDPressure", "False", "KubeletHasSufficientPID", "kubelet has sufficient PID available"],
    ["Ready", "True", "KubeletReady", "kubelet is posting ready status"],
  ];
  return desired.map(([type, status, reason, message]) => {
    const prev = previous?.find((c) => c.type === type);
    const changed = !prev || prev.status !== status;
    return { type, status, lastHeartbeatTime: ts, lastTransitionTime: changed ? ts : (prev.lastTransitionTime ?? ts), reason, message };
  });
}

export function buildNode(name: string, hw: NodeHardware, now: number): Node {
  const memoryKi = hw.memoryMi * 1024 - 81_920;
  return {
    apiVersion: "v1",
    kind: "Node",
    metadata: {
      name,
      labels: {
        "beta.kubernetes.io/arch": "amd64",
        "beta.kubernetes.io/os": "linux",
        "kubernetes.io/arch": "amd64",
        "kubernetes.io/hostname": name,
        "kubernetes.io/os": "linux",
        ...hw.labels,
      },
      annotations: {
        "kubeadm.alpha.kubernetes.io/cri-socket": "unix:///var/run/containerd/containerd.sock",
        "node.alpha.kubernetes.io/ttl": "0",
        "volumes.kubernetes.io/controller-managed-attach-detach": "true",
      },
    },
    spec: hw.taints && hw.taints.length > 0 ? { taints: hw.taints } : {},
    status: {
      capacity: {
        cpu: String(hw.cpu),
        "ephemeral-storage": `${EPHEMERAL_STORAGE_KI}Ki`,
        "hugepages-1Gi": "0",
        "hugepages-2Mi": "0",
        memory: `${memoryKi}Ki`,
        pods: String(hw.pods ?? 110),
      },
      allocatable: {
        cpu: String(hw.cpu),
        "ephemeral-storage": String(Math.floor(EPHEMERAL_STORAGE_KI * 1024 * 0.9)),
        "hugepages-1Gi": "0",
        "hugepages-2Mi": "0",
        memory: `${memoryKi - EVICTION_MEMORY_KI}Ki`,
        pods: String(hw.pods ?? 110),
      },
      conditions: nodeConditions(now, undefined),
      addresses: [
        { type: "InternalIP", address: hw.internalIP },
        { type: "Hostname", address: name },
      ],
      daemonEndpoints: { kubeletEndpoint: { Port: 10250 } },
      nodeInfo: {
        machineID: hw.machineID,
        systemUUID: hw.systemUUID,
        bootID: hw.bootID,
        kernelVersion: hw.kernelVersion ?? "6.8.0-51-generic",
        osImage: hw.osImage ?? "Ubuntu 24.04.1 LTS",
        containerRuntimeVersion: hw.containerRuntimeVersion,
        kubeletVersion: hw.kubeletVersion,
        operatingSystem: "linux",
        architecture: "amd64",
      },
    },
  };
}
