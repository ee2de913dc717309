import "server-only";

import type { Prisma } from "@/lib/generated/prisma/client";

export type LockedAssessment = { deadline: Date; submittedAt: Date | null };

/**
 * Locks the learner's assessment row for the rest of the transaction, so answers and the
 * submission of one assessment never interleave: once submitted, nothing changes.
 */
export async function lockAssessment(tx: Prisma.TransactionClient, options: { assessmentId: string; userId: string }): Promise<LockedAssessment | null> {
  const rows = await tx.$queryRaw<LockedAssessment[]>`
    SELECT "deadline", "submittedAt" FROM "InterviewAssessment" WHERE "id" = ${options.assessmentId} AND "userId" = ${options.userId} FOR UPDATE`;
  return rows[0] ?? null;
}
