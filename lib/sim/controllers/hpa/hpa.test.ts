import { expect, test } from "vitest";
import type { Deployment, Event, HorizontalPodAutoscaler, Pod } from "../../api/types";
import { createFakeCluster } from "../testing/fake-cluster";
import { proposedReplicas, stabilize } from "./replicas";

function setup(requests = true) {
  const c = createFakeCluster();
  c.addNode("node01", { cpu: "16" });
  const d: Deployment = {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name: "web" },
    spec: {
      replicas: 2,
      selector: { matchLabels: { app: "web" } },
      template: {
        metadata: { labels: { app: "web" } },
        spec: { containers: [{ name: "web", image: "nginx", resources: requests ? { requests: { cpu: "200m" } } : {} }] },
      },
    },
  };
  c.api.create("deployments", d);
  c.api.create<HorizontalPodAutoscaler>("horizontalpodautoscalers", {
    apiVersion: "autoscaling/v2",
    kind: "HorizontalPodAutoscaler",
    metadata: { name: "web" },
    spec: {
      scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name: "web" },
      minReplicas: 1,
      maxReplicas: 10,
      metrics: [{ type: "Resource", resource: { name: "cpu", target: { type: "Utilization", averageUtilization: 50 } } }],
    },
  });
  c.clock.advance(1000);
  return c;
}

function setLoad(c: ReturnType<typeof setup>, milli: number): void {
  for (const p of c.api.list<Pod>("pods").items) c.metrics.set(`default/${p.metadata.name}`, milli);
}

test("the formula keeps the count within the 10% tolerance", () => {
  expect(proposedReplicas(4, { utilization: 54, readyCount: 4 }, 50)).toBe(4);
  expect(proposedReplicas(4, { utilization: 100, readyCount: 4 }, 50)).toBe(8);
  expect(proposedReplicas(4, { utilization: 20, readyCount: 4 }, 50)).toBe(2);
});

test("scale-down follows the highest recommendation of the window", () => {
  expect(stabilize(5, 2, [{ at: 0, replicas: 4 }], 100_000, 300_000)).toEqual({ replicas: 4, stabilized: true });
  expect(stabilize(5, 2, [{ at: 0, replicas: 4 }], 400_000, 300_000)).toEqual({ replicas: 2, stabilized: false });
});

test("high load scales out with a SuccessfulRescale event", () => {
  const c = setup();
  setLoad(c, 250);
  c.clock.advance(15_000);
  expect(c.api.get<Deployment>("deployments", "web").spec.replicas).toBe(5);
  const ev = c.api.list<Event>("events").items.find((e) => e.reason === "SuccessfulRescale");
  expect(ev?.message).toBe("New size: 5; reason: cpu resource utilization (percentage of request) above target");
  const h = c.api.get<HorizontalPodAutoscaler>("horizontalpodautoscalers", "web");
  expect(h.status?.currentMetrics?.[0].resource?.current.averageUtilization).toBe(125);
  expect(c.api.table("horizontalpodautoscalers", [h]).rows[0].cells[2]).toBe("cpu: 125%/50%");
});

test("low load scales in only after the stabilization window", () => {
  const c = setup();
  setLoad(c, 250);
  c.clock.advance(15_000);
  c.clock.advance(5_000);
  setLoad(c, 10);
  c.clock.advance(120_000);
  expect(c.api.get<Deployment>("deployments", "web").spec.replicas).toBe(5);
  c.clock.advance(300_000);
  expect(c.api.get<Deployment>("deployments", "web").spec.replicas).toBe(1);
});

test("missing metrics give FailedGetResourceMetric", () => {
  const c = setup();
  c.clock.advance(15_000);
  const h = c.api.get<HorizontalPodAutoscaler>("horizontalpodautoscalers", "web");
  const active = h.status?.conditions?.find((x) => x.type === "ScalingActive");
  expect(active?.reason).toBe("FailedGetResourceMetric");
  expect(active?.message).toBe(
    "the HPA was unable to compute the replica count: failed to get cpu utilization: unable to get metrics for resource cpu: no metrics returned from resource metrics API",
  );
  expect(c.api.table("horizontalpodautoscalers", [h]).rows[0].cells[2]).toBe("cpu: <unknown>/50%");
});

test("missing requests name the container and pod", () => {
  const c = setup(false);
  setLoad(c, 100);
  c.clock.advance(15_000);
  const ev = c.api.list<Event>("events").items.find((e) => e.reason === "FailedGetResourceMetric" && e.message?.includes("missing request"));
  const first = c.api.list<Pod>("pods").items[0].metadata.name;
  expect(ev?.type).toBe("Warning");
  expect(ev?.message).toBe(`failed to get cpu utilization: missing request for cpu in container web of Pod ${first}`);
});
