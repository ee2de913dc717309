import "server-only";

import type { LoadedItem } from "@/lib/server/content/quizzes/load-banks";
import type { ItemAnswer } from "@/lib/validation/quiz";
import type { ItemKey, ItemReview } from "@/lib/quiz/types";

import { commandMeaning, describeDifference, sameCommand } from "./command-meaning";
import { publicView, type IdMap } from "./public-item";

/** An answer in the bank's own ids, as it is stored: it survives reshuffles and edits of other options. */
export type StoredAnswer =
  | { choice: string }
  | { choices: string[] }
  | { order: string[] }
  | { matches: Record<string, string> }
  | { command: string };

export type Grade = { score: number; correct: boolean; feedback: string[] };

export class AnswerShapeError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

const EXPECTED_SHAPE: Record<LoadedItem["type"], string> = {
  single: "choice",
  output: "choice",
  scenario: "choice",
  multiple: "choices",
  ordering: "order",
  matching: "matches",
  command: "command",
};

function content(ids: IdMap, publicId: string, field: string, prefix: string): string {
  const id = publicId.startsWith(prefix) ? ids.toContent.get(publicId) : undefined;
  if (id === undefined) throw new AnswerShapeError(field, `"${publicId}" is not one of this item's ${field === "matches" ? "choices" : "options"}`);
  return id;
}

/** Checks an answer against its item's type and translates its public ids to the bank's ids. */
export function resolveAnswer(item: LoadedItem, answer: ItemAnswer, seed: number): StoredAnswer {
  const expected = EXPECTED_SHAPE[item.type];
  if (!(expected in answer)) {
    throw new AnswerShapeError(expected, `a ${item.type} item takes "${expected}" (${describeShape(expected)}), not "${Object.keys(answer)[0]}"`);
  }
  const { ids } = publicView(item, seed);
  if ("choice" in answer) return { choice: content(ids, answer.choice, "choice", "o") };
  if ("choices" in answer) {
    const choices = [...new Set(answer.choices.map((c) => content(ids, c, "choices", "o")))].sort();
    return { choices };
  }
  if ("order" in answer) {
    if (item.type !== "ordering") throw new AnswerShapeError("order", "not an ordering item");
    const order = answer.order.map((s) => content(ids, s, "order", "s"));
    if (new Set(order).size !== order.length || order.length !== item.steps.length) {
      throw new AnswerShapeError("order", `list each of the ${item.steps.length} steps exactly once`);
    }
    return { order };
  }
  if ("matches" in answer) {
    if (item.type !== "matching") throw new AnswerShapeError("matches", "not a matching item");
    const matches: Record<string, string> = {};
    for (const [left, right] of Object.entries(answer.matches)) {
      matches[content(ids, left, "matches", "l")] = content(ids, right, "matches", "r").slice(1);
    }
    return { matches };
  }
  return { command: answer.command.trim() };
}

function describeShape(field: string): string {
  switch (field) {
    case "choice":
      return "one option id";
    case "choices":
      return "a list of option ids";
    case "order":
      return "the step ids in order";
    case "matches":
      return "an object from each left id to a right id";
    default:
      return "the command line";
  }
}

// Length of the longest increasing subsequence: the steps already in the right order relative to each other.
function longestInOrder(positions: number[]): number {
  const tails: number[] = [];
  for (const p of positions) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid]! < p) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = p;
  }
  return tails.length;
}

/** Credit and feedback for a stored answer; the rules are documented in content/quizzes/README.md. */
export function gradeAnswer(item: LoadedItem, answer: StoredAnswer): Grade {
  switch (item.type) {
    case "single":
    case "output":
    case "scenario": {
      const chosen = "choice" in answer ? item.options.find((o) => o.id === answer.choice) : undefined;
      const correct = chosen?.correct === true;
      return { score: correct ? 1 : 0, correct, feedback: chosen && !correct ? [chosen.why] : [] };
    }
    case "multiple": {
      const picked = new Set("choices" in answer ? answer.choices : []);
      const right = item.options.filter((o) => o.correct);
      const rightPicked = right.filter((o) => picked.has(o.id)).length;
      const wrongPicked = item.options.filter((o) => !o.correct && picked.has(o.id));
      const missed = right.filter((o) => !picked.has(o.id));
      const score = Math.max(0, (rightPicked - wrongPicked.length) / right.length);
      const correct = wrongPicked.length === 0 && missed.length === 0;
      return {
        score,
        correct,
        feedback: [...wrongPicked.map((o) => `Not this one: ${o.why}`), ...missed.map((o) => `Also right: ${o.why}`)],
      };
    }
    case "ordering": {
      const order = "order" in answer ? answer.order : [];
      const positions = order.map((id) => item.steps.findIndex((s) => s.id === id));
      const inOrder = longestInOrder(positions);
      const correct = positions.every((p, i) => p === i);
      const misplaced = order.map((id, i) => ({ id, i })).filter(({ id, i }) => item.steps[i]?.id !== id);
      return {
        score: item.steps.length > 1 ? (inOrder - 1) / (item.steps.length - 1) : 1,
        correct,
        feedback: misplaced.map(({ id }) => {
          const index = item.steps.findIndex((s) => s.id === id);
          const step = item.steps[index]!;
          return `Step ${index + 1} is "${step.text}": ${step.why}`;
        }),
      };
    }
    case "matching": {
      const matches = "matches" in answer ? answer.matches : {};
      const wrong = item.pairs.filter((p) => matches[p.id] !== p.id);
      const right = item.pairs.length - wrong.length;
      return {
        score: right / item.pairs.length,
        correct: wrong.length === 0,
        feedback: wrong.map((p) => `${p.left} → ${p.right}: ${p.why}`),
      };
    }
    case "command":
      return gradeCommand(item, "command" in answer ? answer.command : "");
  }
}

function gradeCommand(item: Extract<LoadedItem, { type: "command" }>, line: string): Grade {
  const given = commandMeaning(line);
  if (!given.ok) {
    return { score: 0, correct: false, feedback: [`The shell would answer: error: ${given.error}`] };
  }
  const answers = item.answers.map((a) => commandMeaning(a));
  if (answers.some((a) => sameCommand(given, a))) return { score: 1, correct: true, feedback: [] };
  const mistake = item.mistakes.find((m) => sameCommand(given, commandMeaning(m.command)));
  const expected = answers.find((a) => a.ok && a.meanings.length === given.meanings.length) ?? answers[0]!;
  const notes: string[] = mistake ? [mistake.why] : [];
  if (expected.ok) {
    if (expected.meanings.length !== given.meanings.length) notes.push(`It runs ${given.meanings.length} command(s); the answer needs ${expected.meanings.length}.`);
    else given.meanings.forEach((m, i) => notes.push(...describeDifference(m, expected.meanings[i]!)));
  }
  return { score: 0, correct: false, feedback: notes };
}

function keyFor(item: LoadedItem, ids: IdMap): ItemKey {
  const pub = (id: string) => ids.toPublic.get(id) ?? id;
  switch (item.type) {
    case "single":
    case "multiple":
    case "output":
    case "scenario":
      return { type: "choice", correct: item.options.filter((o) => o.correct).map((o) => pub(o.id)) };
    case "ordering":
      return { type: "ordering", order: item.steps.map((s) => pub(s.id)) };
    case "matching":
      return { type: "matching", matches: Object.fromEntries(item.pairs.map((p) => [pub(p.id), pub(`=${p.id}`)])) };
    case "command":
      return { type: "command", answers: item.answers };
  }
}

function whysFor(item: LoadedItem, ids: IdMap): Record<string, string> {
  const pub = (id: string) => ids.toPublic.get(id) ?? id;
  switch (item.type) {
    case "single":
    case "multiple":
    case "output":
    case "scenario":
      return Object.fromEntries(item.options.map((o) => [pub(o.id), o.why]));
    case "ordering":
      return Object.fromEntries(item.steps.map((s) => [pub(s.id), s.why]));
    case "matching":
      return Object.fromEntries([...item.pairs.map((p) => [pub(p.id), p.why]), ...item.distractors.map((d) => [pub(`=${d.id}`), d.why])]);
    case "command":
      return Object.fromEntries(item.mistakes.map((m) => [m.command, m.why]));
  }
}

/** The graded item as the learner sees it: credit, the key and every explanation, in this attempt's public ids. */
export function reviewItem(item: LoadedItem, seed: number, grade: Grade): ItemReview {
  const { ids } = publicView(item, seed);
  return {
    itemId: item.id,
    score: grade.score,
    correct: grade.correct,
    explanation: item.explanation,
    key: keyFor(item, ids),
    whys: whysFor(item, ids),
    feedback: grade.feedback,
  };
}

/** A stored answer in the public ids of an attempt, so the player can show what was chosen. */
export function publicAnswer(item: LoadedItem, seed: number, answer: StoredAnswer): ItemAnswer {
  const { ids } = publicView(item, seed);
  const pub = (id: string) => ids.toPublic.get(id) ?? id;
  if ("choice" in answer) return { choice: pub(answer.choice) };
  if ("choices" in answer) return { choices: answer.choices.map(pub) };
  if ("order" in answer) return { order: answer.order.map(pub) };
  if ("matches" in answer) return { matches: Object.fromEntries(Object.entries(answer.matches).map(([l, r]) => [pub(l), pub(`=${r}`)])) };
  return { command: answer.command };
}
