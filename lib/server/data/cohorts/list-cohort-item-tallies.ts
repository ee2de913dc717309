import "server-only";

import { queryRows } from "@/lib/server/db";

export type ItemTally = { itemId: string; answers: number; right: number };

/**
 * How often the members answered each item and how often rightly, counting graded answers only:
 * practice answers (graded when given) and answers of submitted exams. Reads the members' running
 * ItemTally rows (one per learner and item) rather than every response they ever gave.
 */
export async function listCohortItemTallies(options: { cohortId: string }): Promise<ItemTally[]> {
  return queryRows<ItemTally>(
    `
    SELECT t."itemId", sum(t."answers")::int AS "answers", sum(t."right")::int AS "right"
    FROM "CohortMembership" m JOIN "ItemTally" t ON t."userId" = m."userId"
    WHERE m."cohortId" = $1
    GROUP BY t."itemId"`,
    [options.cohortId],
  );
}
