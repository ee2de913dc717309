import { expect, test } from "vitest";
import type { EndpointSlice, Pod } from "../api/types";
import { createCluster } from "../cluster/create-cluster";
import { deploymentFixture, serviceFixture } from "./fixtures";

function createWebCluster(seed = 2) {
  const cluster = createCluster({ scenario: "default", seed });
  cluster.api.create("deployments", deploymentFixture("web", { container: { readinessProbe: { httpGet: { path: "/", port: 80 }, periodSeconds: 5 } } }));
  cluster.api.create("services", serviceFixture("web"));
  cluster.advance(40_000);
  return cluster;
}

function readyEndpoints(cluster: ReturnType<typeof createWebCluster>): number {
  return cluster.api
    .list<EndpointSlice>("endpointslices", { labelSelector: "kubernetes.io/service-name=web" })
    .items.flatMap((s) => s.endpoints)
    .filter((e) => e.conditions?.ready === true).length;
}

test("a Service's endpoints follow pod readiness", () => {
  const cluster = createWebCluster();
  expect(readyEndpoints(cluster)).toBe(3);
  const pod = cluster.api.list<Pod>("pods", { labelSelector: "app=web" }).items[0];
  cluster.faults.setUnhealthy("default", pod.metadata.name ?? "", undefined, "readiness", true);
  cluster.advance(20_000);
  expect(readyEndpoints(cluster)).toBe(2);
  cluster.faults.setUnhealthy("default", pod.metadata.name ?? "", undefined, "readiness", false);
  cluster.advance(10_000);
  expect(readyEndpoints(cluster)).toBe(3);
});

test("requests to a Service by name spread across its pods", () => {
  const cluster = createWebCluster();
  const answered = new Map<string, number>();
  for (let i = 0; i < 90; i++) {
    const r = cluster.network.request({ from: "node01", target: "web.default.svc.cluster.local" });
    if (r.ok) answered.set(r.pod.name, (answered.get(r.pod.name) ?? 0) + 1);
  }
  expect(answered.size).toBe(3);
  expect([...answered.values()].every((n) => n >= 15)).toBe(true);
});

test("iptables on a node shows the Service chain with one rule per endpoint", () => {
  const cluster = createWebCluster();
  const svcChain = cluster.proxy("node01").nat.rules.filter((r) => r.chain.startsWith("KUBE-SVC-") && r.comment?.startsWith("default/web -> "));
  expect(svcChain.map((r) => r.probability)).toEqual(["0.33333333349", "0.50000000000", undefined]);
});
