import { expect, test } from "vitest";

import { decideSignIn } from "./sign-in-limit";

const now = new Date("2026-01-01T12:00:00Z");
function minutesAgo(...minutes: number[]): Date[] {
  return minutes.map((m) => new Date(now.getTime() - m * 60_000));
}

test("four failures for one email still allow a fifth try", () => {
  expect(decideSignIn({ byEmail: minutesAgo(1, 2, 3, 4), byAddress: [] }, now)).toEqual({ allowed: true });
});

test("five failures for one email block until the fifth most recent is 15 minutes old", () => {
  expect(decideSignIn({ byEmail: minutesAgo(1, 2, 3, 4, 10), byAddress: [] }, now)).toEqual({
    allowed: false,
    retryAfterSeconds: 5 * 60,
  });
});

test("twenty failures from one address block whatever the email", () => {
  const byAddress = minutesAgo(...Array.from({ length: 20 }, (_, i) => i * 0.5));
  expect(decideSignIn({ byEmail: [], byAddress }, now)).toEqual({ allowed: false, retryAfterSeconds: 15 * 60 - 570 });
});

test("nineteen failures from one address are not yet blocked", () => {
  const byAddress = minutesAgo(...Array.from({ length: 19 }, (_, i) => i * 0.5));
  expect(decideSignIn({ byEmail: [], byAddress }, now)).toEqual({ allowed: true });
});
