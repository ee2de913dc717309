import { expect, test } from "vitest";

import { binScores } from "./score-bins";

test("scores fall in bins of ten points and 100 counts in the top bin", () => {
  const bins = binScores([0, 9.9, 10, 55, 100, 90]);
  expect(bins.map((b) => b.count)).toEqual([2, 1, 0, 0, 0, 1, 0, 0, 0, 2]);
  expect(bins[9]).toEqual({ from: 90, to: 100, count: 2 });
});
