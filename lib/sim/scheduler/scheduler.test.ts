import { expect, test } from "vitest";
import type { Event, Node, Pod } from "../api/types";
import { createApiServer } from "../apiserver/server";
import { createClock } from "../core/clock";
import { createRng } from "../core/rng";
import { SCENARIO_EPOCH_MS } from "../core/time";
import { createStore } from "../store/store";
import { createScheduler } from "./scheduler";

function setup() {
  const clock = createClock({ startMs: SCENARIO_EPOCH_MS });
  const api = createApiServer({ store: createStore(), clock, rng: createRng(1) }).client();
  const scheduler = createScheduler({ api, clock, rng: createRng(2) });
  return { clock, api, scheduler };
}

function node(name: string, cpu = "2"): Node {
  return { apiVersion: "v1", kind: "Node", metadata: { name }, spec: {}, status: { allocatable: { cpu, memory: "4Gi", pods: "110" } } };
}

function pod(name: string, cpu = "500m"): Pod {
  return { apiVersion: "v1", kind: "Pod", metadata: { name }, spec: { containers: [{ name: "c", image: "nginx", resources: { requests: { cpu } } }] } };
}

test("a pending pod is bound to a node with a Scheduled event", () => {
  const { api, clock } = setup();
  api.create("nodes", node("node01"));
  api.create("pods", pod("web"));
  clock.settle();
  const p = api.get<Pod>("pods", "web");
  expect(p.spec.nodeName).toBe("node01");
  const ev = api.list<Event>("events").items.find((e) => e.reason === "Scheduled");
  expect(ev?.message).toBe("Successfully assigned default/web to node01");
  expect(ev?.source).toEqual({ component: "default-scheduler" });
});

test("a pod that fits nowhere is marked Unschedulable and retried when a node joins", () => {
  const { api, clock } = setup();
  api.create("nodes", node("node01", "1"));
  api.create("pods", pod("big", "1500m"));
  clock.settle();
  const p = api.get<Pod>("pods", "big");
  expect(p.spec.nodeName).toBe(undefined);
  const cond = p.status?.conditions?.find((c) => c.type === "PodScheduled");
  expect(cond?.reason).toBe("Unschedulable");
  expect(cond?.message).toBe(
    "0/1 nodes are available: 1 Insufficient cpu. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod..",
  );
  const ev = api.list<Event>("events").items.find((e) => e.reason === "FailedScheduling");
  expect(ev?.type).toBe("Warning");
  api.create("nodes", node("node02", "4"));
  clock.advance(1000);
  expect(api.get<Pod>("pods", "big").spec.nodeName).toBe("node02");
});

test("requests already placed count against the node", () => {
  const { api, clock } = setup();
  api.create("nodes", node("node01", "1"));
  api.create("pods", pod("a", "600m"));
  clock.settle();
  api.create("pods", pod("b", "600m"));
  clock.settle();
  expect(api.get<Pod>("pods", "a").spec.nodeName).toBe("node01");
  expect(api.get<Pod>("pods", "b").spec.nodeName).toBe(undefined);
  api.delete("pods", "a", { gracePeriodSeconds: 0 });
  clock.advance(1000);
  expect(api.get<Pod>("pods", "b").spec.nodeName).toBe("node01");
});

test("pods for another scheduler are left alone", () => {
  const { api, clock } = setup();
  api.create("nodes", node("node01"));
  api.create("pods", { ...pod("x"), spec: { ...pod("x").spec, schedulerName: "other" } });
  clock.settle();
  expect(api.get<Pod>("pods", "x").spec.nodeName).toBe(undefined);
});
