import "server-only";

import { getDb } from "@/lib/server/db";

export type RecentResponse = { itemId: string; correct: boolean; answeredAt: Date };

/**
 * A learner's latest graded answers, newest first: practice answers (graded when given) and the
 * answers of submitted exams; an exam still open is not graded yet, so it does not count.
 */
export async function listRecentResponses(options: { userId: string; limit: number }): Promise<RecentResponse[]> {
  return getDb().itemResponse.findMany({
    where: { attempt: { userId: options.userId, OR: [{ mode: "PRACTICE" }, { submittedAt: { not: null } }] } },
    select: { itemId: true, correct: true, answeredAt: true },
    orderBy: { answeredAt: "desc" },
    take: options.limit,
  });
}
