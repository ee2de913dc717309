import "server-only";

import type { Prisma } from "@/lib/generated/prisma/client";
import { getDb } from "@/lib/server/db";
import type { StoredAnswer } from "@/lib/server/grading/grade-item";

import { lockAssessment } from "./lock-assessment";

export type AnswerRecordOutcome = { kind: "recorded"; late: boolean } | { kind: "kept-on-time" } | { kind: "submitted" } | { kind: "not-found" };

export type GradedAnswer = { itemId: string; answer: StoredAnswer; score: number; correct: boolean };

/**
 * Writes item answers of an open assessment inside a transaction that holds its row lock. An
 * answer at or before the deadline replaces the previous one (answers may change until time is
 * up); one after the deadline is stored marked late, but never replaces an answer given in time.
 */
export async function writeAssessmentAnswers(tx: Prisma.TransactionClient, options: { assessmentId: string; deadline: Date; now: Date; answers: GradedAnswer[] }): Promise<AnswerRecordOutcome[]> {
  const late = options.now.getTime() > options.deadline.getTime();
  const outcomes: AnswerRecordOutcome[] = [];
  for (const a of options.answers) {
    const where = { assessmentId_itemId: { assessmentId: options.assessmentId, itemId: a.itemId } };
    const existing = await tx.assessmentAnswer.findUnique({ where, select: { late: true } });
    if (late && existing && !existing.late) {
      outcomes.push({ kind: "kept-on-time" });
      continue;
    }
    const data = { answer: a.answer as Prisma.InputJsonValue, score: a.score, correct: a.correct, late, answeredAt: options.now };
    await tx.assessmentAnswer.upsert({ where, create: { assessmentId: options.assessmentId, itemId: a.itemId, ...data }, update: data });
    outcomes.push({ kind: "recorded", late });
  }
  return outcomes;
}

/** Records one item answer of the learner's open assessment. */
export async function recordAssessmentAnswer(options: { assessmentId: string; userId: string; now: Date } & GradedAnswer): Promise<AnswerRecordOutcome> {
  return getDb().$transaction(async (tx) => {
    const locked = await lockAssessment(tx, options);
    if (!locked) return { kind: "not-found" };
    if (locked.submittedAt) return { kind: "submitted" };
    const [outcome] = await writeAssessmentAnswers(tx, { assessmentId: options.assessmentId, deadline: locked.deadline, now: options.now, answers: [options] });
    return outcome!;
  });
}
