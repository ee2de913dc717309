import { expect, test } from "vitest";
import { createCluster, restoreCluster } from "../cluster/create-cluster";
import { deploymentFixture, serviceFixture } from "./fixtures";

function runScript(seed: number) {
  const cluster = createCluster({ scenario: "default", seed });
  cluster.api.create("deployments", deploymentFixture("web"));
  cluster.api.create("services", serviceFixture("web", { type: "NodePort" }));
  cluster.advance(20_000);
  cluster.api.patch("deployments", "web", { spec: { replicas: 5 } }, { type: "merge" });
  cluster.advance(15_000);
  for (let i = 0; i < 10; i++) cluster.network.request({ target: "web" });
  cluster.faults.crashContainer("kube-system", "etcd-controlplane", undefined, { oomKilled: true });
  cluster.load.setServiceLoad("default", "web", 50);
  cluster.faults.stopKubelet("node02");
  cluster.advance(90_000);
  cluster.faults.startKubelet("node02");
  cluster.api.create("deployments", deploymentFixture("bad", { replicas: 1, image: "nginxx" }));
  cluster.advance(60_000);
  return cluster;
}

test("the same script with the same seed gives byte-identical state", () => {
  expect(runScript(11).dump()).toBe(runScript(11).dump());
});

test("a different seed gives a different state", () => {
  expect(runScript(11).dump()).not.toBe(runScript(12).dump());
});

test("snapshot then restore gives the identical state", () => {
  const original = runScript(13);
  const restored = restoreCluster(JSON.parse(JSON.stringify(original.snapshot())));
  expect(restored.dump()).toBe(original.dump());
});
