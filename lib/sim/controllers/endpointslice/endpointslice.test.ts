import { expect, test } from "vitest";
import type { EndpointSlice, Pod, Service } from "../../api/types";
import { createFakeCluster } from "../testing/fake-cluster";

function setup() {
  const c = createFakeCluster();
  c.addNode("node01");
  for (const name of ["a", "b"]) {
    c.api.create<Pod>("pods", {
      apiVersion: "v1",
      kind: "Pod",
      metadata: { name, labels: { app: "web" } },
      spec: { containers: [{ name: "web", image: "nginx", ports: [{ name: "http", containerPort: 8080 }] }] },
    });
  }
  c.api.create<Service>("services", { apiVersion: "v1", kind: "Service", metadata: { name: "web" }, spec: { selector: { app: "web" }, ports: [{ port: 80, targetPort: "http" }] } });
  c.clock.advance(1000);
  return c;
}

function slice(c: ReturnType<typeof setup>): EndpointSlice {
  const items = c.api.list<EndpointSlice>("endpointslices", { labelSelector: "kubernetes.io/service-name=web" }).items;
  expect(items.length).toBe(1);
  return items[0];
}

test("a Service with a selector gets a slice of its ready pods with resolved ports", () => {
  const c = setup();
  const s = slice(c);
  expect(s.metadata.name?.startsWith("web-")).toBe(true);
  expect(s.metadata.name?.length).toBe(9);
  expect(s.metadata.labels?.["endpointslice.kubernetes.io/managed-by"]).toBe("endpointslice-controller.k8s.io");
  expect(s.ports).toEqual([{ name: "", port: 8080, protocol: "TCP" }]);
  expect(s.endpoints.map((e) => [e.targetRef?.name, e.conditions])).toEqual([
    ["a", { ready: true, serving: true, terminating: false }],
    ["b", { ready: true, serving: true, terminating: false }],
  ]);
});

test("endpoints follow pod readiness", () => {
  const c = setup();
  c.setPodReady("default", "a", false);
  c.clock.advance(100);
  const a = slice(c).endpoints.find((e) => e.targetRef?.name === "a");
  expect(a?.conditions).toEqual({ ready: false, serving: false, terminating: false });
});

test("a deleted pod leaves the slice", () => {
  const c = setup();
  c.api.delete("pods", "b");
  c.clock.advance(100);
  expect(slice(c).endpoints.map((e) => e.targetRef?.name)).toEqual(["a"]);
});
