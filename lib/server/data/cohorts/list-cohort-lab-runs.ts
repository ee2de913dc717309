import "server-only";

import { queryRows } from "@/lib/server/db";

export type MemberLabRun = { userId: string; labSlug: string; first: unknown; latest: unknown };

/** For each member and lab they submitted: the check results of their first and their latest submission. */
export async function listCohortLabRuns(options: { cohortId: string }): Promise<MemberLabRun[]> {
  return queryRows<MemberLabRun>(
    `
    SELECT DISTINCT ON (s."userId", s."labSlug") s."userId", s."labSlug",
      first_value(s."results") OVER w AS "first", last_value(s."results") OVER w AS "latest"
    FROM "CohortMembership" m JOIN "LabSubmission" s ON s."userId" = m."userId"
    WHERE m."cohortId" = $1
    WINDOW w AS (PARTITION BY s."userId", s."labSlug" ORDER BY s."createdAt", s."id" ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
    ORDER BY s."userId", s."labSlug"`,
    [options.cohortId],
  );
}
