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

test("nodes get a provider id", () => {
  const { api, clock } = setup();
  api.create<Node>("nodes", { apiVersion: "v1", kind: "Node", metadata: { name: "node01" } });
  clock.settle();
  expect(api.get<Node>("nodes", "node01").spec?.providerID).toBe("sim://node01");
});
