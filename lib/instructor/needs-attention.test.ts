import { expect, test } from "vitest";

import { attentionReasons } from "./needs-attention";

const now = new Date("2026-12-20T12:00:00Z");
const daysAgo = (d: number) => new Date(now.getTime() - d * 24 * 60 * 60 * 1000);

test("a member idle for more than seven days is inactive; one active six days ago is not", () => {
  expect(attentionReasons({ joinedAt: daysAgo(30), lastActiveAt: daysAgo(8), bestScores: [] }, now)).toEqual(["inactive"]);
  expect(attentionReasons({ joinedAt: daysAgo(30), lastActiveAt: daysAgo(6), bestScores: [] }, now)).toEqual([]);
});

test("a member who never did anything counts from the day they joined", () => {
  expect(attentionReasons({ joinedAt: daysAgo(2), lastActiveAt: null, bestScores: [] }, now)).toEqual([]);
  expect(attentionReasons({ joinedAt: daysAgo(9), lastActiveAt: null, bestScores: [] }, now)).toEqual(["inactive"]);
});

test("two best scores under 50% flag a member; one does not, and 50% itself is not under", () => {
  expect(attentionReasons({ joinedAt: daysAgo(1), lastActiveAt: daysAgo(1), bestScores: [40, 49.9, 90] }, now)).toEqual(["low-scores"]);
  expect(attentionReasons({ joinedAt: daysAgo(1), lastActiveAt: daysAgo(1), bestScores: [40, 50, 90] }, now)).toEqual([]);
});
