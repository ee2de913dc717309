import { expect, test } from "vitest";
import { createRng } from "./rng";
import { generateUid } from "./ids";

test("the same seed gives the same sequence and state() resumes it", () => {
  const a = createRng(42);
  const b = createRng(42);
  expect(a.suffix()).toBe(b.suffix());
  const resumed = createRng(42, a.state());
  expect(resumed.hex(8)).toBe(a.hex(8));
});

test("suffixes use only the Kubernetes alphabet", () => {
  const rng = createRng(1);
  const s = rng.suffix(200);
  expect([...s].every((c) => "bcdfghjklmnpqrstvwxz2456789".includes(c))).toBe(true);
  expect(rng.suffix().length).toBe(5);
});

test("uids have the UUID v4 shape", () => {
  const uid = generateUid(createRng(7));
  expect(uid.length).toBe(36);
  expect(uid[14]).toBe("4");
  expect(uid.split("-").map((p) => p.length)).toEqual([8, 4, 4, 4, 12]);
});
