import { expect, test } from "vitest";
import { createBackoff } from "./backoff";

test("back-off doubles from 10 s and stops at 5 min", () => {
  const b = createBackoff();
  const steps = [0, 1, 2, 3, 4, 5, 6].map((i) => b.next("c", i * 1000));
  expect(steps).toEqual([10_000, 20_000, 40_000, 80_000, 160_000, 300_000, 300_000]);
});

test("a container that finished inside the back-off period is still backing off", () => {
  const b = createBackoff();
  b.next("c", 0);
  expect(b.inBackoffSince("c", 1_000, 5_000)).toBe(true);
  expect(b.inBackoffSince("c", 1_000, 11_000)).toBe(false);
});

test("back-off starts over after ten quiet minutes", () => {
  const b = createBackoff();
  b.next("c", 0);
  b.next("c", 1_000);
  expect(b.next("c", 1_000 + 600_001)).toBe(10_000);
});
