import { expect, test } from "vitest";
import type { Event, Pod, ReplicaSet } from "../../api/types";
import { createFakeCluster } from "../testing/fake-cluster";
import { compareForDeletion } from "./pod-control";

function rs(replicas: number): ReplicaSet {
  return {
    apiVersion: "apps/v1",
    kind: "ReplicaSet",
    metadata: { name: "web" },
    spec: { replicas, selector: { matchLabels: { app: "web" } }, template: { metadata: { labels: { app: "web" } }, spec: { containers: [{ name: "web", image: "nginx" }] } } },
  };
}

function pod(name: string, extra: { nodeName?: string; phase?: Pod["status"] extends infer S ? (S extends { phase?: infer P } ? P : never) : never; ready?: boolean; created?: string }): Pod {
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name, creationTimestamp: extra.created ?? "2025-01-01T00:00:00Z" },
    spec: { containers: [], nodeName: extra.nodeName },
    status: { phase: extra.phase, conditions: extra.ready ? [{ type: "Ready", status: "True" }] : [] },
  };
}

test("scale-down prefers unscheduled, then pending, then not ready, then newest pods", () => {
  const pods = [
    pod("ready-old", { nodeName: "n", phase: "Running", ready: true }),
    pod("ready-new", { nodeName: "n", phase: "Running", ready: true, created: "2025-01-01T00:01:00Z" }),
    pod("not-ready", { nodeName: "n", phase: "Running" }),
    pod("pending", { nodeName: "n", phase: "Pending" }),
    pod("unscheduled", { phase: "Pending" }),
  ];
  expect(pods.sort(compareForDeletion).map((p) => p.metadata.name)).toEqual(["unscheduled", "pending", "not-ready", "ready-new", "ready-old"]);
});

test("pods are created with the owner reference, the name prefix and an event", () => {
  const c = createFakeCluster();
  c.addNode("node01");
  const owner = c.api.create("replicasets", rs(2));
  c.clock.advance(100);
  const pods = c.api.list<Pod>("pods").items;
  expect(pods.length).toBe(2);
  expect(pods[0].metadata.ownerReferences).toEqual([{ apiVersion: "apps/v1", kind: "ReplicaSet", name: "web", uid: owner.metadata.uid, controller: true, blockOwnerDeletion: true }]);
  const ev = c.api.list<Event>("events").items.find((e) => e.reason === "SuccessfulCreate");
  expect(ev?.message).toBe(`Created pod: ${ev?.message?.slice("Created pod: ".length)}`);
  expect(ev?.source).toEqual({ component: "replicaset-controller" });
  expect(c.api.get<ReplicaSet>("replicasets", "web").status).toEqual({ replicas: 2, fullyLabeledReplicas: 2, readyReplicas: 2, availableReplicas: 2, observedGeneration: 1 });
});

test("an orphan pod matching the selector is adopted instead of creating a new one", () => {
  const c = createFakeCluster();
  c.addNode("node01");
  c.api.create("pods", { apiVersion: "v1", kind: "Pod", metadata: { name: "stray", labels: { app: "web" } }, spec: { containers: [{ name: "web", image: "nginx" }] } });
  c.clock.advance(100);
  c.api.create("replicasets", rs(1));
  c.clock.advance(100);
  const pods = c.api.list<Pod>("pods").items;
  expect(pods.map((p) => p.metadata.name)).toEqual(["stray"]);
  expect(pods[0].metadata.ownerReferences?.[0].name).toBe("web");
});

test("a pod relabelled out of the selector is released and replaced", () => {
  const c = createFakeCluster();
  c.addNode("node01");
  c.api.create("replicasets", rs(1));
  c.clock.advance(100);
  const [p] = c.api.list<Pod>("pods").items;
  c.api.patch("pods", p.metadata.name ?? "", { metadata: { labels: { app: "debug" } } }, { type: "merge" });
  c.clock.advance(100);
  const released = c.api.get<Pod>("pods", p.metadata.name ?? "");
  expect(released.metadata.ownerReferences).toBe(undefined);
  expect(c.api.list<Pod>("pods", { labelSelector: "app=web" }).items.length).toBe(1);
});
