import { expect, test } from "vitest";
import type { Deployment, Node, Pod } from "../../api/types";
import { createFakeCluster } from "../testing/fake-cluster";

function deployment(): Deployment {
  return {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name: "web" },
    spec: { replicas: 2, selector: { matchLabels: { app: "web" } }, template: { metadata: { labels: { app: "web" } }, spec: { containers: [{ name: "web", image: "nginx" }] } } },
  };
}

test("a node whose kubelet stops turns NotReady, gets unreachable taints, and its pods are replaced after 300 s", () => {
  const c = createFakeCluster();
  c.addNode("node01");
  c.addNode("node02");
  c.api.create("deployments", deployment());
  c.clock.advance(2000);
  const onNode1 = c.api.list<Pod>("pods", { fieldSelector: "spec.nodeName=node01" }).items.length;
  c.stopKubelet("node01");
  c.clock.advance(60_000);
  const node = c.api.get<Node>("nodes", "node01");
  expect(node.status?.conditions?.find((x) => x.type === "Ready")?.status).toBe("Unknown");
  expect(node.status?.conditions?.find((x) => x.type === "Ready")?.message).toBe("Kubelet stopped posting node status.");
  expect(node.spec?.taints?.map((t) => `${t.key}:${t.effect}`)).toEqual(["node.kubernetes.io/unreachable:NoSchedule", "node.kubernetes.io/unreachable:NoExecute"]);
  expect(c.api.list<Pod>("pods", { fieldSelector: "spec.nodeName=node01" }).items.every((p) => !p.metadata.deletionTimestamp)).toBe(true);
  c.clock.advance(300_000);
  const pods = c.api.list<Pod>("pods").items;
  const terminating = pods.filter((p) => p.metadata.deletionTimestamp);
  expect(terminating.length).toBe(onNode1);
  expect(pods.filter((p) => !p.metadata.deletionTimestamp).map((p) => p.spec.nodeName)).toEqual(["node02", "node02"]);
});

test("pods on a NotReady node are marked not ready", () => {
  const c = createFakeCluster();
  c.addNode("node01");
  c.api.create("pods", { apiVersion: "v1", kind: "Pod", metadata: { name: "p" }, spec: { containers: [{ name: "c", image: "nginx" }] } });
  c.clock.advance(1000);
  c.stopKubelet("node01");
  c.clock.advance(60_000);
  const ready = c.api.get<Pod>("pods", "p").status?.conditions?.find((x) => x.type === "Ready");
  expect(ready?.status).toBe("False");
});

test("the grace period is 50 s, the default since 1.32", () => {
  const c = createFakeCluster();
  c.addNode("node01");
  c.clock.advance(10_000);
  const lastBeat = Date.parse(c.api.get<Node>("nodes", "node01").status?.conditions?.find((x) => x.type === "Ready")?.lastHeartbeatTime ?? "");
  c.stopKubelet("node01");
  c.clock.advance(lastBeat + 45_000 - c.clock.now());
  expect(c.api.get<Node>("nodes", "node01").status?.conditions?.find((x) => x.type === "Ready")?.status).toBe("True");
  c.clock.advance(10_000);
  expect(c.api.get<Node>("nodes", "node01").status?.conditions?.find((x) => x.type === "Ready")?.status).toBe("Unknown");
});
