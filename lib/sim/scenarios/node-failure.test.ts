import { expect, test } from "vitest";
import type { Node, Pod } from "../api/types";
import { createCluster } from "../cluster/create-cluster";
import { deploymentFixture } from "./fixtures";

function readyStatus(cluster: ReturnType<typeof createCluster>, node: string): string | undefined {
  return cluster.api.get<Node>("nodes", node).status?.conditions?.find((c) => c.type === "Ready")?.status;
}

test("a node whose kubelet stops turns NotReady after the grace period and its pods move elsewhere after 300 s", () => {
  const cluster = createCluster({ scenario: "default", seed: 3 });
  cluster.api.create("deployments", deploymentFixture("web", { replicas: 4 }));
  cluster.advance(30_000);
  cluster.faults.stopKubelet("node01");
  cluster.advance(30_000);
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
