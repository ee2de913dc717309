import { expect, test } from "vitest";
import { formatTimestamp, humanDuration, parseTimestamp } from "./time";

test("timestamps are RFC 3339 without milliseconds", () => {
  expect(formatTimestamp(Date.UTC(2025, 0, 1, 0, 0, 5, 700))).toBe("2025-01-01T00:00:05Z");
  expect(parseTimestamp("2025-01-01T00:00:05Z")).toBe(Date.UTC(2025, 0, 1, 0, 0, 5));
});

const S = 1000;
const M = 60 * S;
const H = 60 * M;
const D = 24 * H;
const cases: [number, string][] = [
  [-2 * S, "<invalid>"],
  [-1500, "0s"],
  [0, "0s"],
  [119 * S, "119s"],
  [2 * M, "2m"],
  [5 * M + 12 * S, "5m12s"],
  [10 * M + 30 * S, "10m"],
  [179 * M, "179m"],
  [3 * H, "3h"],
  [3 * H + 5 * M, "3h5m"],
  [8 * H + 5 * M, "8h"],
  [47 * H, "47h"],
  [2 * D, "2d"],
  [2 * D + 5 * H, "2d5h"],
  [12 * D, "12d"],
  [729 * D, "729d"],
  [730 * D, "2y"],
  [731 * D, "2y1d"],
  [9 * 365 * D, "9y"],
];

test.each(cases)("humanDuration(%d) is %s", (ms, expected) => {
  expect(humanDuration(ms)).toBe(expected);
});
