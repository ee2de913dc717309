import { expect, test } from "vitest";
import type { Node, Service } from "../api/types";
import { createApiServer } from "../apiserver/server";
import { createClock } from "../core/clock";
import { createRng } from "../core/rng";
import { SCENARIO_EPOCH_MS } from "../core/time";
import { createStore } from "../store/store";
import { startCloudControllerManager } from "./index";

function setup() {
  const clock = createClock({ startMs: SCENARIO_EPOCH_MS });
  const api = createApiServer({ store: createStore(), clock, rng: createRng(1) }).client();
  startCloudControllerManager({ api, clock, rng: createRng(5) });
  return { api, clock };
}

test("a LoadBalancer service gets an external IP after the provisioning delay", () => {
  const { api, clock } = setup();
  api.create<Service>("services", { apiVersion: "v1", kind: "Service", metadata: { name: "lb" }, spec: { type: "LoadBalancer", selector: { app: "web" }, ports: [{ port: 80 }] } });
  clock.advance(1000);
  const pending = api.get<Service>("services", "lb");
  expect(api.table("services", [pending]).rows[0].cells[3]).toBe("<pending>");
  clock.advance(3000);
  const ip = api.get<Service>("services", "lb").status?.loadBalancer?.ingress?.[0].ip ?? "";
  expect(ip.startsWith("203.0.113.")).toBe(true);
});

test("nodes get a provider id, region, zone and instance-type labels and an external address", () => {
  const { api, clock } = setup();
  api.create<Node>("nodes", {
    apiVersion: "v1",
    kind: "Node",
    metadata: { name: "node01" },
    status: { capacity: { cpu: "2" }, addresses: [{ type: "InternalIP", address: "192.168.56.11" }, { type: "Hostname", address: "node01" }] },
  });
  clock.settle();
  const node = api.get<Node>("nodes", "node01");
  expect(node.spec?.providerID).toBe("sim://sim-region-1/sim-region-1a/node01");
  expect(node.metadata.labels?.["topology.kubernetes.io/region"]).toBe("sim-region-1");
  expect(node.metadata.labels?.["topology.kubernetes.io/zone"]).toBe("sim-region-1a");
  expect(node.metadata.labels?.["node.kubernetes.io/instance-type"]).toBe("sim.medium");
  expect(node.status?.addresses).toEqual([
    { type: "InternalIP", address: "192.168.56.11" },
    { type: "ExternalIP", address: "198.51.100.10" },
    { type: "Hostname", address: "node01" },
  ]);
});

test("without a cloud controller manager a LoadBalancer Service stays pending; started again, it catches up", () => {
  const clock = createClock({ startMs: SCENARIO_EPOCH_MS });
  const api = createApiServer({ store: createStore(), clock, rng: createRng(1) }).client();
  const ccm = startCloudControllerManager({ api, clock, rng: createRng(5) });
  ccm.stop();
  api.create<Service>("services", { apiVersion: "v1", kind: "Service", metadata: { name: "lb" }, spec: { type: "LoadBalancer", selector: { app: "web" }, ports: [{ port: 80 }] } });
  clock.advance(120_000);
  expect(api.get<Service>("services", "lb").status?.loadBalancer?.ingress).toBeUndefined();
  ccm.start();
  clock.advance(4000);
  expect(api.get<Service>("services", "lb").status?.loadBalancer?.ingress?.[0].ip?.startsWith("203.0.113.")).toBe(true);
});
