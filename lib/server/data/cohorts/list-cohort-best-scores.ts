import "server-only";

import { queryRows } from "@/lib/server/db";

export type MemberBestScore = { userId: string; quizSlug: string; bestScore: number; attempts: number };

/** For each member and quiz they submitted: the best score and how many submitted attempts. */
export async function listCohortBestScores(options: { cohortId: string }): Promise<MemberBestScore[]> {
  return queryRows<MemberBestScore>(
    `
    SELECT a."userId", a."quizSlug", max(a."score") AS "bestScore", count(*)::int AS "attempts"
    FROM "CohortMembership" m JOIN "QuizAttempt" a ON a."userId" = m."userId"
    WHERE m."cohortId" = $1 AND a."submittedAt" IS NOT NULL
    GROUP BY a."userId", a."quizSlug"`,
    [options.cohortId],
  );
}
