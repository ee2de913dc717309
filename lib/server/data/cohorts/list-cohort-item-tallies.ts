import "server-only";

import { queryRows } from "@/lib/server/db";

export type ItemTally = { itemId: string; answers: number; right: number };

/**
 * How often the members answered each item and how often rightly, counting graded answers only:
 * practice answers (graded when given) and answers of submitted exams.
 */
export async function listCohortItemTallies(options: { cohortId: string }): Promise<ItemTally[]> {
  return queryRows<ItemTally>(
    `
    SELECT r."itemId", count(*)::int AS "answers", (count(*) FILTER (WHERE r."correct"))::int AS "right"
    FROM "CohortMembership" m
      JOIN "QuizAttempt" a ON a."userId" = m."userId"
      JOIN "ItemResponse" r ON r."attemptId" = a."id"
    WHERE m."cohortId" = $1 AND (a."mode" = 'PRACTICE' OR a."submittedAt" IS NOT NULL)
    GROUP BY r."itemId"`,
    [options.cohortId],
  );
}
