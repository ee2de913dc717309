import { expect, test } from "vitest";
import type { Event, ReplicaSet } from "../api/types";
import { createClock } from "../core/clock";
import { createRng } from "../core/rng";
import { SCENARIO_EPOCH_MS } from "../core/time";
import { createStore } from "../store/store";
import { recordEvent } from "./events";
import { createApiServer } from "./server";

function setup() {
  const clock = createClock({ startMs: SCENARIO_EPOCH_MS });
  const api = createApiServer({ store: createStore(), clock, rng: createRng(1) }).client();
  const rs: ReplicaSet = {
    apiVersion: "apps/v1",
    kind: "ReplicaSet",
    metadata: { name: "web-abc", namespace: "default", uid: "u1" },
    spec: { selector: { matchLabels: { app: "web" } }, template: { spec: { containers: [] } } },
  };
  return { clock, api, rs };
}

function messagesAndCounts(events: Event[]): string[] {
  return events.map((e) => `${e.message} x${e.count}`).sort();
}

test("a repeated identical event is one Event with a growing count", () => {
  const { clock, api, rs } = setup();
  for (let i = 0; i < 3; i++) recordEvent(api, { involvedObject: rs, reason: "FailedCreate", message: "quota", source: { component: "c" }, now: clock.now() });
  expect(messagesAndCounts(api.list<Event>("events").items)).toEqual(["quota x3"]);
});

test("from the tenth different message with one reason about one object, events are combined into one", () => {
  const { clock, api, rs } = setup();
  for (let i = 1; i <= 12; i++) {
    recordEvent(api, { involvedObject: rs, reason: "SuccessfulCreate", message: `Created pod: p${i}`, source: { component: "c" }, now: clock.now() });
  }
  expect(messagesAndCounts(api.list<Event>("events").items)).toEqual([
    "(combined from similar events): Created pod: p12 x3",
    ...["p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8", "p9"].map((p) => `Created pod: ${p} x1`),
  ]);
});

test("similar events more than ten minutes apart are not combined", () => {
  const { clock, api, rs } = setup();
  for (let i = 1; i <= 12; i++) {
    recordEvent(api, { involvedObject: rs, reason: "SuccessfulCreate", message: `Created pod: p${i}`, source: { component: "c" }, now: clock.now() });
    clock.advance(601_000);
  }
  expect(api.list<Event>("events").items.filter((e) => (e.message ?? "").startsWith("(combined")).length).toBe(0);
});
