import { expect, test } from "vitest";

import { analyseItems, pearson, type AnalysedResponse, type AnalysisItem } from "./item-analysis";

const options = [
  { id: "right", text: "Right", correct: true },
  { id: "wrong-a", text: "Wrong A", correct: false },
  { id: "wrong-b", text: "Wrong B", correct: false },
];
const items: AnalysisItem[] = [
  { id: "q1", prompt: "Q1", type: "single", options },
  { id: "q2", prompt: "Q2", type: "single", options },
  { id: "q3", prompt: "Q3", type: "ordering", options: null },
];

function response(attemptId: string, itemId: string, correct: boolean, chosen: string[] = []): AnalysedResponse {
  return { attemptId, itemId, score: correct ? 1 : 0, correct, chosen };
}

// Item scores per attempt (q1, q2, q3): a1 1 1 1, a2 1 0 1, a3 0 1 1, a4 0 0 (q3 unanswered).
const responses = [
  response("a1", "q1", true, ["right"]),
  response("a1", "q2", true, ["right"]),
  response("a1", "q3", true),
  response("a2", "q1", true, ["right"]),
  response("a2", "q2", false, ["wrong-a"]),
  response("a2", "q3", true),
  response("a3", "q1", false, ["wrong-a"]),
  response("a3", "q2", true, ["right"]),
  response("a3", "q3", true),
  response("a4", "q1", false, ["wrong-b"]),
  response("a4", "q2", false, ["wrong-a"]),
];

test("difficulty is the share right and discrimination correlates the item with the rest of the score", () => {
  const [q1, q2, q3] = analyseItems(items, responses);
  // q1: x = 1 1 0 0, rest = 2 1 2 0; means 0.5 and 1.25; Sxy = 0.5, Sxx = 1, Syy = 2.75.
  expect(q1!.responses).toBe(4);
  expect(q1!.difficulty).toBe(0.5);
  expect(q1!.discrimination).toBeCloseTo(0.5 / Math.sqrt(2.75), 10);
  // q2: x = 1 0 1 0, rest = 2 2 1 0; Sxy = 0.5 again, Syy = 2.75.
  expect(q2!.discrimination).toBeCloseTo(0.3015113, 6);
  expect(q2!.options).toEqual([
    { id: "right", text: "Right", correct: true, chosen: 2 },
    { id: "wrong-a", text: "Wrong A", correct: false, chosen: 2 },
    { id: "wrong-b", text: "Wrong B", correct: false, chosen: 0 },
  ]);
  // q3: three responses, all right: no variance, so no discrimination; easy.
  expect(q3).toMatchObject({ responses: 3, difficulty: 1, discrimination: null, options: null, flags: ["too-easy"] });
  expect(q1!.flags).toEqual([]);
});

test("items nobody answered have no statistics and no flags", () => {
  const [stats] = analyseItems([{ id: "q9", prompt: "Q9", type: "single", options }], responses);
  expect(stats).toMatchObject({ responses: 0, difficulty: null, discrimination: null, flags: [] });
});

test("an item that the weaker attempts get right is flagged for low discrimination, a hard one as too hard", () => {
  const reversed = [
    response("a1", "x", false), response("a1", "y", true), response("a1", "z", true),
    response("a2", "x", false), response("a2", "y", true), response("a2", "z", false),
    response("a3", "x", true), response("a3", "y", false), response("a3", "z", false),
    response("a4", "x", false), response("a4", "y", false), response("a4", "z", false),
    response("a5", "x", false), response("a5", "y", false), response("a5", "z", false),
    response("a6", "x", false), response("a6", "y", false), response("a6", "z", false),
  ];
  const defs = ["x", "y", "z"].map((id) => ({ id, prompt: id, type: "single", options: null }));
  const [x] = analyseItems(defs, reversed);
  expect(x!.difficulty).toBeCloseTo(1 / 6);
  expect(x!.discrimination).toBeLessThan(0.1);
  expect(x!.flags).toEqual(["too-hard", "low-discrimination"]);
});

test("pearson of a perfect line is 1 and of a constant is null", () => {
  expect(pearson([1, 2, 3], [2, 4, 6])).toBeCloseTo(1);
  expect(pearson([1, 1, 1], [2, 4, 6])).toBeNull();
  expect(pearson([1], [2])).toBeNull();
});
