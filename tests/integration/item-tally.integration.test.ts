import "../support/use-test-database";

import { readFile } from "node:fs/promises";

import { expect, test, vi } from "vitest";

import { createCohort } from "@/lib/server/cohorts/manage-cohorts";
import { joinCohort } from "@/lib/server/cohorts/memberships";
import { loadQuizzes, type LoadedItem } from "@/lib/server/content/quizzes/load-banks";
import { listCohortItemTallies } from "@/lib/server/data/cohorts/list-cohort-item-tallies";
import { recordItemResponse } from "@/lib/server/data/quiz-attempts/record-item-response";
import { submitQuizAttempt } from "@/lib/server/data/quiz-attempts/submit-quiz-attempt";
import { getDb } from "@/lib/server/db";
import { publicView } from "@/lib/server/grading/public-item";
import { answerAssessmentItem, startAssessment, submitAssessment } from "@/lib/server/interview/assessments";
import { answerItem, startAttempt, submitAttempt } from "@/lib/server/quizzes/attempts";

import { newUser } from "../support/cohort-fixtures";
import { recountedItemTallies, storedItemTallies } from "../support/item-tally";

vi.mock("@/lib/server/auth/current-user", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/server/auth/current-user")>()),
  getCurrentUser: async () => null,
}));

const SINGLE = "pod-containers-share-localhost";
const SANDBOX = "pods-pause-container-sandbox";

async function bankItem(itemId: string): Promise<LoadedItem> {
  for (const quiz of await loadQuizzes()) {
    const item = quiz.items.find((i) => i.id === itemId);
    if (item) return item;
  }
  throw new Error(`no item ${itemId}`);
}

// A right or wrong answer to a one-choice item, in the public ids of an attempt with this seed.
async function choose(itemId: string, seed: number, right: boolean, nth = 0): Promise<{ choice: string }> {
  const item = await bankItem(itemId);
  if (!("options" in item) || item.type === "multiple") throw new Error(`${itemId} is not a one-choice item`);
  const option = item.options.filter((o) => o.correct === right)[nth]!;
  return { choice: publicView(item, seed).ids.toPublic.get(option.id)! };
}

async function expectTallyMatchesRecount(userIds: string[]): Promise<void> {
  expect(await storedItemTallies(userIds)).toEqual(await recountedItemTallies(userIds));
}

test("practice answers join the tally as they are given, once per item and attempt", async () => {
  const learner = await newUser();
  const first = await startAttempt(learner, "pods", "practice");
  await answerItem(learner, first.attemptId, SINGLE, await choose(SINGLE, first.seed, true));
  await answerItem(learner, first.attemptId, SANDBOX, await choose(SANDBOX, first.seed, false));
  await answerItem(learner, first.attemptId, SINGLE, await choose(SINGLE, first.seed, true));
  await expect(answerItem(learner, first.attemptId, SANDBOX, await choose(SANDBOX, first.seed, true))).rejects.toMatchObject({ status: 409 });
  const second = await startAttempt(learner, "pods", "practice");
  await answerItem(learner, second.attemptId, SINGLE, await choose(SINGLE, second.seed, false));
  await submitAttempt(learner, second.attemptId, undefined);

  expect(await storedItemTallies([learner.id])).toEqual([
    { userId: learner.id, itemId: SINGLE, answers: 2, right: 1 },
    { userId: learner.id, itemId: SANDBOX, answers: 1, right: 0 },
  ]);
  await expectTallyMatchesRecount([learner.id]);
});

test("an exam's answers join the tally when it is submitted, as they stand then", async () => {
  const learner = await newUser();
  const exam = await startAttempt(learner, "pods", "exam");
  await answerItem(learner, exam.attemptId, SINGLE, await choose(SINGLE, exam.seed, false));
  await answerItem(learner, exam.attemptId, SANDBOX, await choose(SANDBOX, exam.seed, true));
  await answerItem(learner, exam.attemptId, SINGLE, await choose(SINGLE, exam.seed, true));
  await answerItem(learner, exam.attemptId, SANDBOX, await choose(SANDBOX, exam.seed, false, 1));
  expect(await storedItemTallies([learner.id])).toEqual([]);
  await expectTallyMatchesRecount([learner.id]);

  await submitAttempt(learner, exam.attemptId, undefined);
  await expect(answerItem(learner, exam.attemptId, SINGLE, await choose(SINGLE, exam.seed, false))).rejects.toMatchObject({ status: 409 });
  await expect(submitAttempt(learner, exam.attemptId, undefined)).rejects.toMatchObject({ status: 409 });

  expect(await storedItemTallies([learner.id])).toEqual([
    { userId: learner.id, itemId: SINGLE, answers: 1, right: 1 },
    { userId: learner.id, itemId: SANDBOX, answers: 1, right: 0 },
  ]);
  await expectTallyMatchesRecount([learner.id]);
});

test("assessment answers stay out of the tally, as they stayed out of cohort mastery", async () => {
  const learner = await newUser();
  const { assessmentId } = await startAssessment(learner, "short");
  const { itemIds, seed } = await getDb().interviewAssessment.findUniqueOrThrow({ where: { id: assessmentId }, select: { itemIds: true, seed: true } });
  const choiceItems: string[] = [];
  for (const id of itemIds) {
    const item = await bankItem(id);
    if ("options" in item && item.type !== "multiple") choiceItems.push(id);
  }
  expect(choiceItems.length).toBeGreaterThan(1);
  await answerAssessmentItem(learner, { assessmentId, itemId: choiceItems[0]!, answer: await choose(choiceItems[0]!, seed, true) });
  await submitAssessment(learner, { assessmentId, answers: { [choiceItems[1]!]: await choose(choiceItems[1]!, seed, false) } });

  expect(await getDb().assessmentAnswer.count({ where: { assessmentId } })).toBe(2);
  expect(await storedItemTallies([learner.id])).toEqual([]);
  await expectTallyMatchesRecount([learner.id]);
});

// Answers racing within and across attempts, straight at the statement that stores an answer and
// keeps the tally (the review cards that answering also schedules are not what is tested here).
test("concurrent answers, re-answers and submissions leave the tally equal to a recount", async () => {
  const learner = await newUser();
  const items = [SINGLE, SANDBOX, "pods-port-conflict-in-pod"];
  const practices = await Promise.all([0, 1].map(() => startAttempt(learner, "pods", "practice")));
  const exams = await Promise.all([0, 1].map(() => startAttempt(learner, "pods", "exam")));
  const answer = (attemptId: string, itemId: string, correct: boolean) =>
    recordItemResponse({ attemptId, userId: learner.id, itemId, answer: { choice: correct ? "right" : "wrong" }, score: correct ? 1 : 0, correct });
  const outcomes = await Promise.all(
    [...practices, ...exams].flatMap((attempt) => items.flatMap((itemId) => [true, false].map((correct) => answer(attempt.attemptId, itemId, correct)))),
  );
  expect(outcomes.every((o) => o.kind === "recorded" || o.kind === "already-answered")).toBe(true);
  // Both exams are submitted while their answers keep changing: what a submission counts is what it locked.
  const [late] = await Promise.all([
    Promise.all(exams.flatMap((exam) => items.map((itemId) => answer(exam.attemptId, itemId, itemId === SINGLE)))),
    Promise.all(exams.map((exam) => submitQuizAttempt({ attemptId: exam.attemptId, userId: learner.id, score: () => 0 }))),
  ]);
  expect(late.every((o) => o.kind === "recorded" || o.kind === "unchanged" || o.kind === "submitted")).toBe(true);

  const stored = await storedItemTallies([learner.id]);
  expect(stored.map((t) => t.itemId).sort()).toEqual([...items].sort());
  expect(stored.every((t) => t.answers === practices.length + exams.length)).toBe(true);
  await expectTallyMatchesRecount([learner.id]);
});

test("the cohort's item tallies are its members' recounted answers, with no one else's", async () => {
  const instructor = await newUser("instructor");
  const cohort = await createCohort(instructor, { name: "Tally", startsOn: null, endsOn: null, requiredLessons: [], requiredLabs: [] });
  const [ann, ben, outsider] = [await newUser(), await newUser(), await newUser()];
  for (const member of [ann, ben]) await joinCohort(member, cohort.joinCode);
  for (const [learner, right] of [[ann, true], [ben, false], [outsider, true]] as const) {
    const practice = await startAttempt(learner, "pods", "practice");
    await answerItem(learner, practice.attemptId, SINGLE, await choose(SINGLE, practice.seed, right));
    const exam = await startAttempt(learner, "pods", "exam");
    await answerItem(learner, exam.attemptId, SANDBOX, await choose(SANDBOX, exam.seed, right));
    await submitAttempt(learner, exam.attemptId, undefined);
    const open = await startAttempt(learner, "pods", "exam");
    await answerItem(learner, open.attemptId, SANDBOX, await choose(SANDBOX, open.seed, right));
  }

  const tallies = (await listCohortItemTallies({ cohortId: cohort.id })).sort((a, b) => a.itemId.localeCompare(b.itemId));
  const recounted = new Map<string, { answers: number; right: number }>();
  for (const row of await recountedItemTallies([ann.id, ben.id])) {
    const sum = recounted.get(row.itemId) ?? { answers: 0, right: 0 };
    recounted.set(row.itemId, { answers: sum.answers + row.answers, right: sum.right + row.right });
  }
  expect(tallies).toEqual([...recounted.entries()].map(([itemId, s]) => ({ itemId, ...s })).sort((a, b) => a.itemId.localeCompare(b.itemId)));
  expect(tallies).toEqual([
    { itemId: SINGLE, answers: 2, right: 1 },
    { itemId: SANDBOX, answers: 2, right: 1 },
  ]);
});

test("the migration's backfill rebuilds the tally that the writes kept", async () => {
  const sql = await readFile(new URL("../../prisma/migrations/20261205000000_item_tally/migration.sql", import.meta.url), "utf8");
  const backfill = sql.slice(sql.indexOf('INSERT INTO "ItemTally"'));
  const before = await getDb().$queryRaw<{ userId: string }[]>`SELECT DISTINCT "userId" FROM "QuizAttempt"`;
  const userIds = before.map((u) => u.userId);
  const kept = await storedItemTallies(userIds);
  expect(kept.length).toBeGreaterThan(0);
  await getDb().$transaction([getDb().itemTally.deleteMany(), getDb().$executeRawUnsafe(backfill)]);
  expect(await storedItemTallies(userIds)).toEqual(kept);
});
