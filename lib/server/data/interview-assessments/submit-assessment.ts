import "server-only";

import type { Prisma } from "@/lib/generated/prisma/client";
import { getDb } from "@/lib/server/db";

import { lockAssessment } from "./lock-assessment";
import { writeAssessmentAnswers, type GradedAnswer } from "./record-assessment-answer";
import { writeOpenAnswers, type WrittenAnswer } from "./record-open-answer";

export type ScoredResult = { score: number; verdict: string; moduleScores: Record<string, number> };

export type SubmitAssessmentOutcome = { kind: "submitted"; submittedAt: Date; late: boolean } | { kind: "already-submitted" } | { kind: "not-found" };

/**
 * Closes an assessment: stores the answers sent with the submission (late ones marked late),
 * then scores the answers given in time with `score` and stores the result, all under the row lock.
 */
export async function submitAssessment(options: {
  assessmentId: string;
  userId: string;
  now: Date;
  answers: GradedAnswer[];
  openAnswers: WrittenAnswer[];
  score: (onTime: Map<string, number>) => ScoredResult;
}): Promise<SubmitAssessmentOutcome> {
  return getDb().$transaction(async (tx) => {
    const locked = await lockAssessment(tx, options);
    if (!locked) return { kind: "not-found" };
    if (locked.submittedAt) return { kind: "already-submitted" };
    const common = { assessmentId: options.assessmentId, deadline: locked.deadline, now: options.now };
    await writeAssessmentAnswers(tx, { ...common, answers: options.answers });
    await writeOpenAnswers(tx, { ...common, answers: options.openAnswers });
    const onTime = await tx.assessmentAnswer.findMany({ where: { assessmentId: options.assessmentId, late: false }, select: { itemId: true, score: true } });
    const result = options.score(new Map(onTime.map((a) => [a.itemId, a.score])));
    await tx.interviewAssessment.update({
      where: { id: options.assessmentId },
      data: { submittedAt: options.now, score: result.score, verdict: result.verdict, moduleScores: result.moduleScores as Prisma.InputJsonValue },
    });
    return { kind: "submitted", submittedAt: options.now, late: options.now.getTime() > locked.deadline.getTime() };
  });
}
