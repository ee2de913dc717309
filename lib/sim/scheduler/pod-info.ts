/**
 * PURPOSE: what the filters and scores need from a pod, computed once per
 * scheduling attempt instead of once per node.
 */
import type { Pod, Toleration } from "../api/types";
import { podHostPorts, podRequests, type Resources } from "./node-info";

export type PodInfo = {
  pod: Pod;
  requests: Resources;
  nonZero: Resources;
  hostPorts: string[];
  tolerations: Toleration[];
  nodeSelector: [string, string][];
};

export function createPodInfo(pod: Pod): PodInfo {
  return {
    pod,
    requests: podRequests(pod),
    nonZero: podRequests(pod, true),
    hostPorts: podHostPorts(pod),
    tolerations: pod.spec.tolerations ?? [],
    nodeSelector: Object.entries(pod.spec.nodeSelector ?? {}),
  };
}
