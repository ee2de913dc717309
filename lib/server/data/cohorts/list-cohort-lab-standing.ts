import "server-only";

import { getDb } from "@/lib/server/db";

export type MemberLabStanding = { userId: string; labSlug: string; passed: boolean; submissions: number };

/** For each member and lab they submitted: whether any submission passed. */
export async function listCohortLabStanding(options: { cohortId: string }): Promise<MemberLabStanding[]> {
  return getDb().$queryRaw<MemberLabStanding[]>`
    SELECT s."userId", s."labSlug", bool_or(s."passed") AS "passed", count(*)::int AS "submissions"
    FROM "CohortMembership" m JOIN "LabSubmission" s ON s."userId" = m."userId"
    WHERE m."cohortId" = ${options.cohortId}
    GROUP BY s."userId", s."labSlug"`;
}
