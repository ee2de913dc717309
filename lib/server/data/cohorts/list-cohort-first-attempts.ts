import "server-only";

import { queryRows } from "@/lib/server/db";

export type FirstAttemptResponse = { attemptId: string; attemptScore: number; itemId: string | null; score: number | null; correct: boolean | null; answer: unknown };

/**
 * Each member's first submitted attempt of a quiz (either mode) with its responses; an attempt
 * submitted without answers comes back once with a null item.
 */
export async function listCohortFirstAttempts(options: { cohortId: string; quizSlug: string }): Promise<FirstAttemptResponse[]> {
  return queryRows<FirstAttemptResponse>(
    `
    WITH firsts AS (
      SELECT DISTINCT ON (a."userId") a."id", a."score"
      FROM "CohortMembership" m JOIN "QuizAttempt" a ON a."userId" = m."userId"
      WHERE m."cohortId" = $1 AND a."quizSlug" = $2 AND a."submittedAt" IS NOT NULL
      ORDER BY a."userId", a."submittedAt", a."id"
    )
    SELECT f."id" AS "attemptId", f."score" AS "attemptScore", r."itemId", r."score", r."correct", r."answer"
    FROM firsts f LEFT JOIN "ItemResponse" r ON r."attemptId" = f."id"`,
    [options.cohortId, options.quizSlug],
  );
}
