import { expect, test } from "vitest";
import { createClock } from "./clock";

test("timers fire in time order, ties in insertion order", () => {
  const clock = createClock({ startMs: 0 });
  const seen: string[] = [];
  clock.schedule(20, () => seen.push("b"));
  clock.schedule(10, () => seen.push("a"));
  clock.schedule(20, () => seen.push("c"));
  clock.advance(25);
  expect(seen).toEqual(["a", "b", "c"]);
  expect(clock.now()).toBe(25);
});

test("deferred work runs during settle after the running task", () => {
  const clock = createClock({ startMs: 0 });
  const seen: string[] = [];
  clock.schedule(5, () => {
    clock.defer(() => seen.push(`deferred at ${clock.now()}`));
    seen.push("timer");
  });
  clock.advance(10);
  expect(seen).toEqual(["timer", "deferred at 5"]);
});

test("cancelled timers do not fire and are not pending", () => {
  const clock = createClock({ startMs: 0 });
  let fired = false;
  const id = clock.schedule(5, () => (fired = true));
  clock.cancel(id);
  expect(clock.pendingTimers()).toBe(0);
  clock.advance(10);
  expect(fired).toBe(false);
});

test("settle throws on an endless defer loop", () => {
  const clock = createClock({ startMs: 0 });
  function loop(): void {
    clock.defer(loop);
  }
  clock.defer(loop);
  expect(() => clock.settle()).toThrow("clock.settle: more than 1000000 deferred tasks; likely a loop");
});
