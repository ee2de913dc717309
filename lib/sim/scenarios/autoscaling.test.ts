import { expect, test } from "vitest";
import type { Deployment } from "../api/types";
import { createCluster } from "../cluster/create-cluster";
import { deploymentFixture, hpaFixture, serviceFixture } from "./fixtures";

test("raising the load scales the Deployment out; lowering it scales in only after the stabilization window", () => {
  const cluster = createCluster({ scenario: "default", seed: 9 });
  cluster.api.create("deployments", deploymentFixture("web", { replicas: 1, container: { resources: { requests: { cpu: "200m" } } } }));
  cluster.api.create("services", serviceFixture("web"));
  cluster.api.create("horizontalpodautoscalers", hpaFixture("web", { min: 1, max: 5, cpuPercent: 50 }));
  cluster.advance(60_000);
  const replicas = () => cluster.api.get<Deployment>("deployments", "web").spec.replicas;
  expect(replicas()).toBe(1);
  cluster.load.setServiceLoad("default", "web", 200);
  cluster.advance(120_000);
  expect(replicas()).toBe(5);
  cluster.load.setServiceLoad("default", "web", 0);
  cluster.advance(120_000);
  expect(replicas()).toBe(5);
  cluster.advance(300_000);
  expect(replicas()).toBe(1);
});
