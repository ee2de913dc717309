import "server-only";

import type { Prisma } from "@/lib/generated/prisma/client";
import { getDb } from "@/lib/server/db";

import type { SelfRatingValue } from "./assessment.dto";

export type SaveRatingsOutcome = { kind: "saved" } | { kind: "not-submitted" } | { kind: "not-found" };

/**
 * Stores the learner's rating of their written answer against each rubric point. Ratings come
 * after submission, once the model answer is shown; rating again replaces the earlier ratings.
 */
export async function saveSelfRatings(options: { assessmentId: string; userId: string; promptId: string; ratings: Record<string, SelfRatingValue>; now: Date }): Promise<SaveRatingsOutcome> {
  const assessment = await getDb().interviewAssessment.findFirst({ where: { id: options.assessmentId, userId: options.userId }, select: { submittedAt: true } });
  if (!assessment) return { kind: "not-found" };
  if (!assessment.submittedAt) return { kind: "not-submitted" };
  const updated = await getDb().assessmentOpenAnswer.updateMany({
    where: { assessmentId: options.assessmentId, promptId: options.promptId },
    data: { ratings: options.ratings as Prisma.InputJsonValue, ratedAt: options.now },
  });
  return updated.count === 1 ? { kind: "saved" } : { kind: "not-found" };
}
