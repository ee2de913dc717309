import { expect, test } from "vitest";
import type { Deployment, Event, Pod, PodTemplateSpec, ReplicaSet } from "../../api/types";
import { createFakeCluster } from "../testing/fake-cluster";
import { fnv32a, podTemplateHash, safeEncode } from "./hash";
import { rollbackDeployment } from "./rollback";
import { resolveFenceposts, sameTemplate } from "./util";

function deployment(name: string, replicas: number, image = "nginx:1.27", extra: Partial<Deployment["spec"]> = {}): Deployment {
  return {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name },
    spec: {
      replicas,
      selector: { matchLabels: { app: name } },
      template: { metadata: { labels: { app: name } }, spec: { containers: [{ name, image }] } },
      ...extra,
    },
  };
}

function clusterWithNodes() {
  const c = createFakeCluster();
  c.addNode("node01");
  c.addNode("node02");
  return c;
}

function runningPods(c: ReturnType<typeof createFakeCluster>): Pod[] {
  return c.api.list<Pod>("pods", { labelSelector: "app=web" }).items.filter((p) => !p.metadata.deletionTimestamp);
}

test("the pod-template-hash uses only the safe alphabet's digit images", () => {
  expect(safeEncode("0123456789")).toBe("456789bcdf");
  const hash = podTemplateHash(deployment("web", 1).spec.template);
  expect([...hash].every((ch) => "456789bcdf".includes(ch))).toBe(true);
});

test("fnv32a hashes the UTF-8 bytes of its input as FNV-1a does", () => {
  expect(fnv32a("")).toBe(0x811c9dc5);
  expect(fnv32a("a")).toBe(0xe40c292c);
  expect(fnv32a("foobar")).toBe(0xbf9cf968);
  const overBytes = (text: string) =>
    [...Buffer.from(text, "utf8")].reduce((h, b) => Math.imul(h ^ b, 0x01000193) >>> 0, 0x811c9dc5);
  for (const text of ["nginx:1.25", "caf\u00e9", "\u6f22\u5b57", "pod \u{1f600} emoji", '{"image":"\u00e9\u{1f600}"}']) {
    expect(fnv32a(text)).toBe(overBytes(text));
  }
});

test("percentages round surge up and unavailable down", () => {
  expect(resolveFenceposts(deployment("web", 3))).toEqual({ maxSurge: 1, maxUnavailable: 0 });
  const both = deployment("web", 10, "x", { strategy: { type: "RollingUpdate", rollingUpdate: { maxSurge: "0%", maxUnavailable: "0%" } } });
  expect(resolveFenceposts(both)).toEqual({ maxSurge: 0, maxUnavailable: 1 });
});

test("a Deployment of 3 gets a ReplicaSet named by its template hash and 3 running pods", () => {
  const c = clusterWithNodes();
  c.api.create("deployments", deployment("web", 3));
  c.clock.advance(1000);
  const rs = c.api.list<ReplicaSet>("replicasets").items;
  expect(rs.length).toBe(1);
  const hash = podTemplateHash(c.api.get<Deployment>("deployments", "web").spec.template);
  expect(rs[0].metadata.name).toBe(`web-${hash}`);
  expect(rs[0].metadata.annotations?.["deployment.kubernetes.io/revision"]).toBe("1");
  const pods = runningPods(c);
  expect(pods.length).toBe(3);
  expect(pods.every((p) => p.metadata.name?.startsWith(`web-${hash}-`) && p.metadata.name.length === `web-${hash}-`.length + 5)).toBe(true);
  expect(pods.every((p) => p.status?.phase === "Running")).toBe(true);
  const d = c.api.get<Deployment>("deployments", "web");
  expect(d.status?.readyReplicas).toBe(3);
  expect(d.status?.availableReplicas).toBe(3);
  expect(d.status?.conditions?.map((x) => `${x.type}=${x.status}/${x.reason}`)).toEqual([
    "Available=True/MinimumReplicasAvailable",
    "Progressing=True/NewReplicaSetAvailable",
  ]);
  const scaled = c.api.list<Event>("events").items.find((e) => e.reason === "ScalingReplicaSet");
  expect(scaled?.message).toBe(`Scaled up replica set web-${hash} from 0 to 3`);
});

test("deleting a pod brings a replacement", () => {
  const c = clusterWithNodes();
  c.api.create("deployments", deployment("web", 3));
  c.clock.advance(1000);
  const victim = runningPods(c)[0].metadata.name ?? "";
  c.api.delete("pods", victim);
  c.clock.advance(1000);
  const pods = runningPods(c);
  expect(pods.length).toBe(3);
  expect(pods.some((p) => p.metadata.name === victim)).toBe(false);
});

test("a rolling update never drops below replicas minus maxUnavailable ready pods", () => {
  const c = clusterWithNodes();
  c.api.create("deployments", deployment("web", 4));
  c.clock.advance(1000);
  c.api.patch("deployments", "web", { spec: { template: { spec: { containers: [{ name: "web", image: "nginx:1.28" }] } } } }, { type: "strategic" });
  let minReady = 4;
  let maxTotal = 0;
  for (let i = 0; i < 50; i++) {
    c.clock.advance(100);
    const pods = runningPods(c);
    minReady = Math.min(minReady, pods.filter((p) => p.status?.conditions?.some((x) => x.type === "Ready" && x.status === "True")).length);
    maxTotal = Math.max(maxTotal, c.api.list<Pod>("pods", { labelSelector: "app=web" }).items.length);
  }
  const pods = runningPods(c);
  expect(pods.length).toBe(4);
  expect(pods.every((p) => p.spec.containers[0].image === "nginx:1.28")).toBe(true);
  expect(minReady >= 3).toBe(true);
  expect(maxTotal <= 5).toBe(true);
  const sets = c.api.list<ReplicaSet>("replicasets").items;
  expect(sets.map((s) => `${s.metadata.annotations?.["deployment.kubernetes.io/revision"]}:${s.spec.replicas}`).sort()).toEqual(["1:0", "2:4"]);
  expect(c.api.get<Deployment>("deployments", "web").metadata.annotations?.["deployment.kubernetes.io/revision"]).toBe("2");
});

test("rollout undo copies the previous template back as a new revision", () => {
  const c = clusterWithNodes();
  c.api.create("deployments", deployment("web", 2));
  c.clock.advance(1000);
  c.api.patch("deployments", "web", { spec: { template: { spec: { containers: [{ name: "web", image: "nginx:1.28" }] } } } }, { type: "strategic" });
  c.clock.advance(5000);
  expect(rollbackDeployment(c.api, { namespace: "default", name: "web" })).toBe("deployment.apps/web rolled back");
  c.clock.advance(5000);
  const d = c.api.get<Deployment>("deployments", "web");
  expect(d.spec.template.spec.containers[0].image).toBe("nginx:1.27");
  expect(d.metadata.annotations?.["deployment.kubernetes.io/revision"]).toBe("3");
  expect(runningPods(c).every((p) => p.spec.containers[0].image === "nginx:1.27")).toBe(true);
  expect(c.api.list<ReplicaSet>("replicasets").items.length).toBe(2);
});

test("Recreate scales the old ReplicaSet to zero before the new one starts", () => {
  const c = clusterWithNodes();
  c.api.create("deployments", deployment("web", 2, "nginx:1.27", { strategy: { type: "Recreate" } }));
  c.clock.advance(1000);
  c.api.patch("deployments", "web", { spec: { template: { spec: { containers: [{ name: "web", image: "nginx:1.28" }] } } } }, { type: "strategic" });
  let mixed = false;
  for (let i = 0; i < 30; i++) {
    c.clock.advance(100);
    const images = new Set(runningPods(c).map((p) => p.spec.containers[0].image));
    if (images.size > 1) mixed = true;
  }
  expect(mixed).toBe(false);
  expect(runningPods(c).map((p) => p.spec.containers[0].image)).toEqual(["nginx:1.28", "nginx:1.28"]);
});

test("revisionHistoryLimit prunes old ReplicaSets", () => {
  const c = clusterWithNodes();
  c.api.create("deployments", deployment("web", 1, "nginx:1", { revisionHistoryLimit: 1 }));
  c.clock.advance(1000);
  for (const tag of ["2", "3", "4"]) {
    c.api.patch("deployments", "web", { spec: { template: { spec: { containers: [{ name: "web", image: `nginx:${tag}` }] } } } }, { type: "strategic" });
    c.clock.advance(3000);
  }
  expect(c.api.list<ReplicaSet>("replicasets").items.map((r) => r.metadata.annotations?.["deployment.kubernetes.io/revision"]).sort()).toEqual(["3", "4"]);
});

test("deleting a Deployment removes its ReplicaSets and pods through the garbage collector", () => {
  const c = clusterWithNodes();
  c.api.create("deployments", deployment("web", 2));
  c.clock.advance(1000);
  c.api.delete("deployments", "web");
  c.clock.advance(2000);
  expect(c.api.list("replicasets").items).toEqual([]);
  expect(c.api.list("pods").items).toEqual([]);
});

test("orphan propagation keeps the ReplicaSet and strips its owner reference", () => {
  const c = clusterWithNodes();
  c.api.create("deployments", deployment("web", 1));
  c.clock.advance(1000);
  c.api.delete("deployments", "web", { propagationPolicy: "Orphan" });
  c.clock.advance(1000);
  expect(c.api.list("deployments").items).toEqual([]);
  const rs = c.api.list<ReplicaSet>("replicasets").items;
  expect(rs.length).toBe(1);
  expect(rs[0].metadata.ownerReferences).toBe(undefined);
  expect(runningPods(c).length).toBe(1);
});

test("foreground deletion removes dependents before the owner", () => {
  const c = clusterWithNodes();
  c.api.create("deployments", deployment("web", 2));
  c.clock.advance(1000);
  const d = c.api.delete("deployments", "web", { propagationPolicy: "Foreground" });
  expect(d.metadata.finalizers).toEqual(["foregroundDeletion"]);
  c.clock.advance(3000);
  expect(c.api.list("deployments").items).toEqual([]);
  expect(c.api.list("replicasets").items).toEqual([]);
  expect(c.api.list("pods").items).toEqual([]);
});

test("a ReplicaSet's template matches its Deployment's apart from the pod-template-hash label", () => {
  const template: PodTemplateSpec = { metadata: { labels: { app: "web" } }, spec: { containers: [{ name: "web", image: "nginx:1.27" }] } };
  const owned: PodTemplateSpec = { metadata: { labels: { app: "web", "pod-template-hash": "5d8f7c9b4" } }, spec: { containers: [{ name: "web", image: "nginx:1.27" }] } };
  expect(sameTemplate(template, owned)).toBe(true);
  expect(sameTemplate(owned, template)).toBe(true);
  expect(sameTemplate(template, { ...owned, spec: { containers: [{ name: "web", image: "nginx:1.28" }] } })).toBe(false);
  expect(sameTemplate(template, { ...owned, metadata: { labels: { app: "api", "pod-template-hash": "5d8f7c9b4" } } })).toBe(false);
  expect(sameTemplate(template, { ...owned, metadata: { ...owned.metadata, annotations: { note: "x" } } })).toBe(false);
  expect(sameTemplate({ spec: template.spec }, { metadata: { labels: { "pod-template-hash": "1" } }, spec: template.spec })).toBe(true);
});
