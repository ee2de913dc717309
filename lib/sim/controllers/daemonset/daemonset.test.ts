import { expect, test } from "vitest";
import type { DaemonSet, Pod } from "../../api/types";
import { createFakeCluster } from "../testing/fake-cluster";
import { daemonTolerations } from "./pod-template";

function ds(extra: Partial<DaemonSet["spec"]["template"]["spec"]> = {}): DaemonSet {
  return {
    apiVersion: "apps/v1",
    kind: "DaemonSet",
    metadata: { name: "node-exporter", namespace: "kube-system" },
    spec: {
      selector: { matchLabels: { app: "node-exporter" } },
      template: { metadata: { labels: { app: "node-exporter" } }, spec: { containers: [{ name: "node-exporter", image: "node-exporter:1" }], ...extra } },
    },
  };
}

function exporterPods(c: ReturnType<typeof createFakeCluster>): Pod[] {
  return c.api.list<Pod>("pods", { namespace: "kube-system", labelSelector: "app=node-exporter" }).items;
}

test("one pod per eligible node, bound by the scheduler through node affinity", () => {
  const c = createFakeCluster();
  c.addNode("node01");
  c.addNode("node02");
  c.api.create("daemonsets", ds(), { namespace: "kube-system" });
  c.clock.advance(1000);
  const pods = exporterPods(c);
  expect(pods.map((p) => p.spec.nodeName).sort()).toEqual(["node01", "node02"]);
  expect(pods[0].spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms[0].matchFields?.[0].key).toBe("metadata.name");
  const status = c.api.get<DaemonSet>("daemonsets", "node-exporter", { namespace: "kube-system" }).status;
  expect([status?.desiredNumberScheduled, status?.currentNumberScheduled, status?.numberReady]).toEqual([2, 2, 2]);
});

test("a tainted control-plane node gets no pod unless tolerated", () => {
  const c = createFakeCluster();
  c.addNode("cp", { taints: { taints: [{ key: "node-role.kubernetes.io/control-plane", effect: "NoSchedule" }] } });
  c.addNode("node01");
  c.api.create("daemonsets", ds(), { namespace: "kube-system" });
  c.clock.advance(1000);
  expect(exporterPods(c).map((p) => p.spec.nodeName)).toEqual(["node01"]);
});

test("a node that joins later gets its pod", () => {
  const c = createFakeCluster();
  c.addNode("node01");
  c.api.create("daemonsets", ds(), { namespace: "kube-system" });
  c.clock.advance(1000);
  c.addNode("node02");
  c.clock.advance(1000);
  expect(exporterPods(c).length).toBe(2);
});

test("daemon pods tolerate node problems as the real controller adds", () => {
  expect(daemonTolerations(ds()).map((t) => `${t.key}:${t.effect}`)).toEqual([
    "node.kubernetes.io/not-ready:NoExecute",
    "node.kubernetes.io/unreachable:NoExecute",
    "node.kubernetes.io/disk-pressure:NoSchedule",
    "node.kubernetes.io/memory-pressure:NoSchedule",
    "node.kubernetes.io/pid-pressure:NoSchedule",
    "node.kubernetes.io/unschedulable:NoSchedule",
  ]);
});
