/**
 * PURPOSE: a pod asking for a hostPort fits only where that port is free.
 * MODELS: https://kubernetes.io/docs/reference/scheduling/config/#scheduling-plugins (NodePorts)
 * NOT MODELLED: hostIP-specific ports.
 */
import { type FilterPlugin, SUCCESS, unschedulable } from "./types";

export const nodePorts: FilterPlugin = {
  name: "NodePorts",
  filter(pod, info) {
    for (const p of pod.hostPorts) {
      if (info.usedPorts.has(p)) return unschedulable("node(s) didn't have free ports for the requested pod ports");
    }
    return SUCCESS;
  },
};
