/** PURPOSE: the filter plugins in the default profile's order. */
import { nodeAffinity } from "./node-affinity";
import { nodeName } from "./node-name";
import { nodePorts } from "./node-ports";
import { nodeResourcesFit } from "./node-resources-fit";
import { nodeUnschedulable } from "./node-unschedulable";
import { taintToleration } from "./taint-toleration";
import type { FilterPlugin } from "./types";

export const FILTER_PLUGINS: readonly FilterPlugin[] = [nodeUnschedulable, nodeName, taintToleration, nodeAffinity, nodePorts, nodeResourcesFit];

/** Plugins whose verdict depends only on the pod's spec and the node object, not on other pods. */
export const STATIC_PLUGINS: readonly FilterPlugin[] = [nodeUnschedulable, nodeName, taintToleration, nodeAffinity];
export const DYNAMIC_PLUGINS: readonly FilterPlugin[] = [nodePorts, nodeResourcesFit];
