import { expect, test } from "vitest";
import type { Deployment, Event, Pod } from "../api/types";
import { createCluster } from "../cluster/create-cluster";
import { deploymentFixture } from "./fixtures";

function createDefaultCluster(seed = 1) {
  return createCluster({ scenario: "default", seed });
}

function appPods(cluster: ReturnType<typeof createDefaultCluster>, app: string): Pod[] {
  return cluster.api.list<Pod>("pods", { labelSelector: `app=${app}` }).items.filter((p) => !p.metadata.deletionTimestamp);
}

function isReady(p: Pod): boolean {
  return p.status?.conditions?.some((c) => c.type === "Ready" && c.status === "True") === true;
}

test("kube-system is populated as kubeadm would and every node is Ready", () => {
  const cluster = createDefaultCluster();
  const pods = cluster.api.list<Pod>("pods", { namespace: "kube-system" }).items;
  expect(pods.filter((p) => p.metadata.labels?.["tier"] === "control-plane").map((p) => p.metadata.name).sort()).toEqual([
    "etcd-controlplane",
    "kube-apiserver-controlplane",
    "kube-controller-manager-controlplane",
    "kube-scheduler-controlplane",
  ]);
  expect(pods.filter((p) => p.metadata.labels?.["k8s-app"] === "kube-proxy").length).toBe(3);
  expect(pods.filter((p) => p.metadata.labels?.["k8s-app"] === "kube-dns" && p.status?.phase === "Running").length).toBe(2);
});

test("a Deployment of 3 runs 3 pods on the workers, not on the tainted control plane", () => {
  const cluster = createDefaultCluster();
  cluster.api.create("deployments", deploymentFixture("web"));
  cluster.advance(30_000);
  const pods = appPods(cluster, "web");
  expect(pods.map((p) => p.status?.phase)).toEqual(["Running", "Running", "Running"]);
  expect(new Set(pods.map((p) => p.spec.nodeName))).toEqual(new Set(["node01", "node02"]));
  expect(pods.every((p) => p.status?.podIP?.startsWith("10.244."))).toBe(true);
});

test("a deleted pod of a Deployment is replaced", () => {
  const cluster = createDefaultCluster();
  cluster.api.create("deployments", deploymentFixture("web"));
  cluster.advance(30_000);
  const victim = appPods(cluster, "web")[0].metadata.name ?? "";
  cluster.api.delete("pods", victim);
  cluster.advance(40_000);
  const pods = appPods(cluster, "web");
  expect(pods.length).toBe(3);
  expect(pods.some((p) => p.metadata.name === victim)).toBe(false);
  expect(pods.every((p) => p.status?.phase === "Running")).toBe(true);
});

test("a pod with an image the registry does not know shows ErrImagePull, then ImagePullBackOff", () => {
  const cluster = createDefaultCluster();
  cluster.api.create("deployments", deploymentFixture("bad", { replicas: 1, image: "nginxx:1.0" }));
  const seen = new Set<string>();
  for (let i = 0; i < 40; i++) {
    cluster.advance(500);
    for (const p of appPods(cluster, "bad")) {
      const reason = p.status?.containerStatuses?.[0]?.state?.waiting?.reason;
      if (reason) seen.add(reason);
    }
  }
  expect([...seen]).toEqual(["ContainerCreating", "ErrImagePull", "ImagePullBackOff"]);
  const events = cluster.api.list<Event>("events").items.map((e) => e.reason);
  expect(events).toContain("BackOff");
});

test("a rolling update never drops below replicas minus maxUnavailable ready pods", () => {
  const cluster = createDefaultCluster();
  cluster.api.create("deployments", deploymentFixture("web", { replicas: 4, maxUnavailable: 1, maxSurge: 1 }));
  cluster.advance(30_000);
  cluster.api.patch("deployments", "web", { spec: { template: { spec: { containers: [{ name: "nginx", image: "nginx:1.25" }] } } } }, { type: "strategic" });
  let minReady = 4;
  for (let i = 0; i < 120; i++) {
    cluster.advance(500);
    minReady = Math.min(minReady, appPods(cluster, "web").filter(isReady).length);
  }
  const pods = appPods(cluster, "web");
  expect(minReady).toBeGreaterThanOrEqual(3);
  expect(pods.map((p) => p.spec.containers[0].image)).toEqual(["nginx:1.25", "nginx:1.25", "nginx:1.25", "nginx:1.25"]);
  expect(cluster.api.get<Deployment>("deployments", "web").status?.updatedReplicas).toBe(4);
});
