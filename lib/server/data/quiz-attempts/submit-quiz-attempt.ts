import "server-only";

import { getDb } from "@/lib/server/db";
import type { StoredAnswer } from "@/lib/server/grading/grade-item";

import { tallyExamAnswers } from "./tally-exam-answers";

export type SubmitOutcome =
  | { kind: "submitted"; submittedAt: Date; responses: { itemId: string; answer: StoredAnswer; score: number; correct: boolean }[] }
  | { kind: "already-submitted" }
  | { kind: "not-found" };

/**
 * Closes an attempt with its score; the row lock makes a second submission (or a late answer) see
 * it closed. Submitting grades an exam, so its answers as they stand now join the learner's
 * ItemTally in the same transaction (practice answers joined it as they were given).
 */
export async function submitQuizAttempt(options: { attemptId: string; userId: string; score: (itemScores: Map<string, number>) => number }): Promise<SubmitOutcome> {
  return getDb().$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ mode: "PRACTICE" | "EXAM"; submittedAt: Date | null }[]>`
      SELECT "mode", "submittedAt" FROM "QuizAttempt" WHERE "id" = ${options.attemptId} AND "userId" = ${options.userId} FOR UPDATE`;
    if (locked.length === 0) return { kind: "not-found" };
    if (locked[0]!.submittedAt !== null) return { kind: "already-submitted" };
    const responses = await tx.itemResponse.findMany({ where: { attemptId: options.attemptId }, select: { itemId: true, score: true, correct: true, answer: true } });
    const submittedAt = new Date();
    await tx.quizAttempt.update({
      where: { id: options.attemptId },
      data: { submittedAt, score: options.score(new Map(responses.map((r) => [r.itemId, r.score]))) },
    });
    if (locked[0]!.mode === "EXAM") await tallyExamAnswers(tx, options);
    return { kind: "submitted", submittedAt, responses: responses.map((r) => ({ ...r, answer: r.answer as StoredAnswer })) };
  });
}
