import "server-only";

import type { Prisma } from "@/lib/generated/prisma/client";
import { getDb } from "@/lib/server/db";

import { lockAssessment } from "./lock-assessment";
import type { AnswerRecordOutcome } from "./record-assessment-answer";

export type WrittenAnswer = { promptId: string; text: string };

/** Writes open answers under the assessment's row lock, with the same deadline rule as item answers. */
export async function writeOpenAnswers(tx: Prisma.TransactionClient, options: { assessmentId: string; deadline: Date; now: Date; answers: WrittenAnswer[] }): Promise<AnswerRecordOutcome[]> {
  const late = options.now.getTime() > options.deadline.getTime();
  const outcomes: AnswerRecordOutcome[] = [];
  for (const a of options.answers) {
    const where = { assessmentId_promptId: { assessmentId: options.assessmentId, promptId: a.promptId } };
    const existing = await tx.assessmentOpenAnswer.findUnique({ where, select: { late: true } });
    if (late && existing && !existing.late) {
      outcomes.push({ kind: "kept-on-time" });
      continue;
    }
    const data = { text: a.text, late, answeredAt: options.now };
    await tx.assessmentOpenAnswer.upsert({ where, create: { assessmentId: options.assessmentId, promptId: a.promptId, ...data }, update: data });
    outcomes.push({ kind: "recorded", late });
  }
  return outcomes;
}

/** Records the learner's written answer to one open prompt of their open assessment. */
export async function recordOpenAnswer(options: { assessmentId: string; userId: string; now: Date } & WrittenAnswer): Promise<AnswerRecordOutcome> {
  return getDb().$transaction(async (tx) => {
    const locked = await lockAssessment(tx, options);
    if (!locked) return { kind: "not-found" };
    if (locked.submittedAt) return { kind: "submitted" };
    const [outcome] = await writeOpenAnswers(tx, { assessmentId: options.assessmentId, deadline: locked.deadline, now: options.now, answers: [options] });
    return outcome!;
  });
}
