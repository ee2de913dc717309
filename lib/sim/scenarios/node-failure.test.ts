import { expect, test } from "vitest";
import type { EndpointSlice, Node, Pod } from "../api/types";
import { createCluster } from "../cluster/create-cluster";
import { deploymentFixture, serviceFixture } from "./fixtures";

function readyStatus(cluster: ReturnType<typeof createCluster>, node: string): string | undefined {
  return cluster.api.get<Node>("nodes", node).status?.conditions?.find((c) => c.type === "Ready")?.status;
}

test("a node whose kubelet stops turns NotReady after the grace period and its pods move elsewhere after 300 s", () => {
  const cluster = createCluster({ scenario: "default", seed: 3 });
  cluster.api.create("deployments", deploymentFixture("web", { replicas: 4 }));
  cluster.advance(30_000);
  cluster.faults.stopKubelet("node01");
  cluster.advance(40_000);
  expect(readyStatus(cluster, "node01")).toBe("True");
  cluster.advance(20_000);
  expect(readyStatus(cluster, "node01")).toBe("Unknown");
  cluster.advance(300_000);
  const live = cluster.api.list<Pod>("pods", { labelSelector: "app=web" }).items.filter((p) => !p.metadata.deletionTimestamp);
  expect(live.length).toBe(4);
  expect(live.every((p) => p.spec.nodeName === "node02" && p.status?.phase === "Running")).toBe(true);
});

test("a partitioned node's pods stop answering requests", () => {
  const cluster = createCluster({ scenario: "default", seed: 4 });
  cluster.api.create("deployments", deploymentFixture("web", { replicas: 1 }));
  cluster.advance(30_000);
  const pod = cluster.api.list<Pod>("pods", { labelSelector: "app=web" }).items[0];
  const node = pod.spec.nodeName ?? "";
  cluster.faults.partitionNode(node);
  const r = cluster.network.request({ from: node === "node01" ? "node02" : "node01", target: `${pod.status?.podIP}:80` });
  expect(r.ok ? "ok" : r.reason).toBe("timeout");
});

test("a lost node keeps its conditions in order and its pods leave the Service's ready endpoints", () => {
  const cluster = createCluster({ scenario: "default", seed: 3 });
  cluster.api.create("deployments", deploymentFixture("web", { replicas: 4 }));
  cluster.api.create("services", serviceFixture("web"));
  cluster.advance(30_000);
  const before = cluster.api.get<Node>("nodes", "node01").status?.conditions?.map((c) => c.type);
  cluster.faults.stopKubelet("node01");
  cluster.advance(70_000);
  const node = cluster.api.get<Node>("nodes", "node01");
  expect(node.status?.conditions?.map((c) => c.type)).toEqual(before);
  expect(node.status?.conditions?.map((c) => c.status)).toEqual(["Unknown", "Unknown", "Unknown", "Unknown"]);
  const endpoints = cluster.api
    .list<EndpointSlice>("endpointslices", { labelSelector: "kubernetes.io/service-name=web" })
    .items.flatMap((s) => s.endpoints);
  expect(endpoints.length).toBe(4);
  expect(endpoints.filter((e) => e.conditions?.ready).every((e) => e.nodeName === "node02")).toBe(true);
  expect(endpoints.filter((e) => e.nodeName === "node01").every((e) => e.conditions?.ready === false)).toBe(true);
});
