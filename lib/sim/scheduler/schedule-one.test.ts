import { expect, test } from "vitest";
import type { Node, Pod } from "../api/types";
import { createRng } from "../core/rng";
import { formatFitError } from "./fit-error";
import { addPod, createNodeInfo } from "./node-info";
import { numFeasibleNodesToFind, scheduleOne } from "./schedule-one";

function node(name: string, extra: Partial<Node["spec"]> = {}, cpu = "2"): Node {
  return { apiVersion: "v1", kind: "Node", metadata: { name }, spec: { ...extra }, status: { allocatable: { cpu, memory: "4Gi", pods: "110" } } };
}

function pod(cpu = "100m"): Pod {
  return { apiVersion: "v1", kind: "Pod", metadata: { name: "p", namespace: "default" }, spec: { containers: [{ name: "c", image: "i", resources: { requests: { cpu } } }] } };
}

test("the FailedScheduling message counts reasons and preemption verdicts as the scheduler words them", () => {
  const nodes = [
    createNodeInfo(node("cp", { taints: [{ key: "node-role.kubernetes.io/control-plane", effect: "NoSchedule" }] })),
    createNodeInfo(node("w1", {}, "1")),
    createNodeInfo(node("w2", {}, "1")),
  ];
  const r = scheduleOne(pod("1500m"), nodes, { rng: createRng(1), startIndex: 0 });
  expect(r).toEqual({
    error:
      "0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 Insufficient cpu. preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod..",
    evaluated: 3,
  });
});

test("an empty cluster says no nodes are available", () => {
  expect(formatFitError(0, [])).toBe("no nodes available to schedule pods");
});

test("the least allocated node wins", () => {
  const busy = createNodeInfo(node("busy"));
  addPod(busy, pod("1500m"), 1);
  const idle = createNodeInfo(node("idle"));
  const r = scheduleOne(pod(), [busy, idle], { rng: createRng(1), startIndex: 0 });
  expect("node" in r && r.node).toBe("idle");
});

test("pods of one controller spread over equal nodes", () => {
  const a = createNodeInfo(node("a"));
  const b = createNodeInfo(node("b"));
  const spread = new Map([["a", 1]]);
  const r = scheduleOne(pod(), [a, b], { rng: createRng(3), startIndex: 0, spread });
  expect("node" in r && r.node).toBe("b");
});

test("big clusters sample a share of nodes", () => {
  expect(numFeasibleNodesToFind(50)).toBe(50);
  expect(numFeasibleNodesToFind(500)).toBe(230);
  expect(numFeasibleNodesToFind(5000)).toBe(500);
});

function daemonPod(...names: string[]): Pod {
  const p = pod();
  p.spec.affinity = { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchFields: [{ key: "metadata.name", operator: "In", values: names }] }] } } };
  return p;
}

test("a pod whose affinity names its nodes is checked against those nodes only, with the outcome of a full scan", () => {
  const nodes = Array.from({ length: 300 }, (_, i) => createNodeInfo(node(`n${String(i).padStart(3, "0")}`)));
  const positions = new Map(nodes.map((info, index) => [info.name, index]));
  for (const [names, startIndex] of [[["n007"], 0], [["n250", "n003"], 120], [["n100", "n101", "n299"], 299]] as const) {
    const full = scheduleOne(daemonPod(...names), nodes, { rng: createRng(5), startIndex });
    const named = scheduleOne(daemonPod(...names), nodes, { rng: createRng(5), startIndex, positionOf: (n) => positions.get(n) });
    expect(named).toEqual(full);
    expect(named.evaluated).toBe(300);
  }
});

test("when the named node does not fit, the message comes from every node", () => {
  const nodes = [createNodeInfo(node("a", {}, "1")), createNodeInfo(node("b"))];
  const positions = new Map([["a", 0], ["b", 1]]);
  const p = daemonPod("a");
  p.spec.containers[0].resources = { requests: { cpu: "1500m" } };
  const r = scheduleOne(p, nodes, { rng: createRng(1), startIndex: 0, positionOf: (n) => positions.get(n) });
  expect(r).toEqual({ error: expect.stringMatching(/^0\/2 nodes are available: 1 Insufficient cpu, 1 node\(s\) didn't match Pod's node affinity\/selector\./), evaluated: 2 });
});
