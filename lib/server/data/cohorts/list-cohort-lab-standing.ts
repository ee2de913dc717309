import "server-only";

import { queryRows } from "@/lib/server/db";

export type MemberLabStanding = { userId: string; labSlug: string; passed: boolean; submissions: number };

/** For each member and lab they submitted: whether any submission passed. */
export async function listCohortLabStanding(options: { cohortId: string }): Promise<MemberLabStanding[]> {
  return queryRows<MemberLabStanding>(
    `
    SELECT s."userId", s."labSlug", bool_or(s."passed") AS "passed", count(*)::int AS "submissions"
    FROM "CohortMembership" m JOIN "LabSubmission" s ON s."userId" = m."userId"
    WHERE m."cohortId" = $1
    GROUP BY s."userId", s."labSlug"`,
    [options.cohortId],
  );
}
