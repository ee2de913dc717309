/** PURPOSE: the filter plugins in the default profile's order. */
import { nodeAffinity } from "./node-affinity";
import { nodeName } from "./node-name";
import { nodePorts } from "./node-ports";
import { nodeResourcesFit } from "./node-resources-fit";
import { nodeUnschedulable } from "./node-unschedulable";
import { taintToleration } from "./taint-toleration";
import type { FilterPlugin } from "./types";

export const FILTER_PLUGINS: readonly FilterPlugin[] = [nodeUnschedulable, nodeName, taintToleration, nodeAffinity, nodePorts, nodeResourcesFit];
