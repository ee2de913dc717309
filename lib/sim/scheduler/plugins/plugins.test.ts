import { expect, test } from "vitest";
import type { Node, NodeSelectorTerm, Pod, PodSpec } from "../../api/types";
import { addPod, createNodeInfo, type NodeInfo } from "../node-info";
import { nodeAffinity, requiredNodeNames } from "./node-affinity";
import { nodeName } from "./node-name";
import { nodePorts } from "./node-ports";
import { nodeResourcesFit } from "./node-resources-fit";
import { nodeUnschedulable } from "./node-unschedulable";
import { taintToleration } from "./taint-toleration";
import type { FilterPlugin } from "./types";
import { createPodInfo } from "../pod-info";

function node(spec: Node["spec"] = {}, labels: Record<string, string> = {}, allocatable = { cpu: "2", memory: "4Gi", pods: "110" }): Node {
  return { apiVersion: "v1", kind: "Node", metadata: { name: "n1", labels }, spec, status: { allocatable } };
}

function pod(spec: Partial<PodSpec> = {}): Pod {
  return { apiVersion: "v1", kind: "Pod", metadata: { name: "p", namespace: "default" }, spec: { containers: [{ name: "c", image: "i" }], ...spec } };
}

function info(n: Node, existing: Pod[] = []): NodeInfo {
  const i = createNodeInfo(n);
  for (const p of existing) addPod(i, p, 1);
  return i;
}

function requesting(cpu: string, memory = "0"): Pod {
  return pod({ containers: [{ name: "c", image: "i", resources: { requests: { cpu, memory } } }] });
}

type Case = { name: string; plugin: FilterPlugin; pod: Pod; node: NodeInfo; want: string };

const cases: Case[] = [
  { name: "fits with room to spare", plugin: nodeResourcesFit, pod: requesting("500m"), node: info(node()), want: "Success" },
  { name: "cpu above what is left", plugin: nodeResourcesFit, pod: requesting("1500m"), node: info(node(), [requesting("1")]), want: "Unschedulable: Insufficient cpu" },
  {
    name: "cpu and memory both short",
    plugin: nodeResourcesFit,
    pod: requesting("3", "5Gi"),
    node: info(node()),
    want: "Unschedulable: Insufficient cpu, Insufficient memory",
  },
  { name: "pod count at allocatable pods", plugin: nodeResourcesFit, pod: pod(), node: info(node({}, {}, { cpu: "2", memory: "1Gi", pods: "1" }), [pod()]), want: "Unschedulable: Too many pods" },
  { name: "nodeName matches", plugin: nodeName, pod: pod({ nodeName: "n1" }), node: info(node()), want: "Success" },
  { name: "nodeName differs", plugin: nodeName, pod: pod({ nodeName: "n2" }), node: info(node()), want: "UnschedulableAndUnresolvable: node(s) didn't match the requested node name" },
  { name: "cordoned node", plugin: nodeUnschedulable, pod: pod(), node: info(node({ unschedulable: true })), want: "UnschedulableAndUnresolvable: node(s) were unschedulable" },
  {
    name: "cordoned node tolerated",
    plugin: nodeUnschedulable,
    pod: pod({ tolerations: [{ key: "node.kubernetes.io/unschedulable", operator: "Exists", effect: "NoSchedule" }] }),
    node: info(node({ unschedulable: true })),
    want: "Success",
  },
  {
    name: "control-plane taint",
    plugin: taintToleration,
    pod: pod(),
    node: info(node({ taints: [{ key: "node-role.kubernetes.io/control-plane", effect: "NoSchedule" }] })),
    want: "UnschedulableAndUnresolvable: node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }",
  },
  {
    name: "tolerated by Exists",
    plugin: taintToleration,
    pod: pod({ tolerations: [{ key: "node-role.kubernetes.io/control-plane", operator: "Exists", effect: "NoSchedule" }] }),
    node: info(node({ taints: [{ key: "node-role.kubernetes.io/control-plane", effect: "NoSchedule" }] })),
    want: "Success",
  },
  {
    name: "Equal toleration with the wrong value",
    plugin: taintToleration,
    pod: pod({ tolerations: [{ key: "dedicated", operator: "Equal", value: "gpu", effect: "NoSchedule" }] }),
    node: info(node({ taints: [{ key: "dedicated", value: "db", effect: "NoSchedule" }] })),
    want: "UnschedulableAndUnresolvable: node(s) had untolerated taint {dedicated: db}",
  },
  {
    name: "PreferNoSchedule does not filter",
    plugin: taintToleration,
    pod: pod(),
    node: info(node({ taints: [{ key: "x", effect: "PreferNoSchedule" }] })),
    want: "Success",
  },
  { name: "nodeSelector matches", plugin: nodeAffinity, pod: pod({ nodeSelector: { disk: "ssd" } }), node: info(node({}, { disk: "ssd" })), want: "Success" },
  {
    name: "nodeSelector misses",
    plugin: nodeAffinity,
    pod: pod({ nodeSelector: { disk: "ssd" } }),
    node: info(node({}, { disk: "hdd" })),
    want: "UnschedulableAndUnresolvable: node(s) didn't match Pod's node affinity/selector",
  },
  {
    name: "required affinity by metadata.name field",
    plugin: nodeAffinity,
    pod: pod({
      affinity: {
        nodeAffinity: {
          requiredDuringSchedulingIgnoredDuringExecution: {
            nodeSelectorTerms: [{ matchFields: [{ key: "metadata.name", operator: "In", values: ["n1"] }] }],
          },
        },
      },
    }),
    node: info(node()),
    want: "Success",
  },
  {
    name: "required affinity NotIn",
    plugin: nodeAffinity,
    pod: pod({
      affinity: {
        nodeAffinity: {
          requiredDuringSchedulingIgnoredDuringExecution: {
            nodeSelectorTerms: [{ matchExpressions: [{ key: "zone", operator: "NotIn", values: ["a"] }] }],
          },
        },
      },
    }),
    node: info(node({}, { zone: "a" })),
    want: "UnschedulableAndUnresolvable: node(s) didn't match Pod's node affinity/selector",
  },
  {
    name: "host port in use",
    plugin: nodePorts,
    pod: pod({ containers: [{ name: "c", image: "i", ports: [{ containerPort: 80, hostPort: 8080 }] }] }),
    node: info(node(), [pod({ containers: [{ name: "c", image: "i", ports: [{ containerPort: 80, hostPort: 8080 }] }] })]),
    want: "Unschedulable: node(s) didn't have free ports for the requested pod ports",
  },
];

test.each(cases)("$plugin.name: $name", ({ plugin, pod: p, node: n, want }) => {
  const r = plugin.filter(createPodInfo(p), n);
  expect(r.code === "Success" ? "Success" : `${r.code}: ${r.reasons.join(", ")}`).toBe(want);
});

test("NodeAffinity's PreFilter narrows to named nodes only when every term names them", () => {
  const withTerms = (terms: NodeSelectorTerm[]): Pod => ({
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name: "p" },
    spec: { containers: [], affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: terms } } } },
  });
  const named = (...values: string[]): NodeSelectorTerm => ({ matchFields: [{ key: "metadata.name", operator: "In", values }] });
  expect(requiredNodeNames(withTerms([named("a"), named("b", "c")]))).toEqual(new Set(["a", "b", "c"]));
  expect(requiredNodeNames(withTerms([{ matchFields: [...named("a", "b").matchFields!, ...named("b").matchFields!] }]))).toEqual(new Set(["b"]));
  expect(requiredNodeNames(withTerms([named("a"), { matchExpressions: [{ key: "zone", operator: "In", values: ["x"] }] }]))).toBeUndefined();
  expect(requiredNodeNames(withTerms([]))).toBeUndefined();
});
