import "server-only";

import { queryRows } from "@/lib/server/db";

export type DailyCompletions = { day: Date; lessons: number };

/** How many lessons the members finished on each day (UTC) that any finished one. */
export async function listCohortCompletions(options: { cohortId: string }): Promise<DailyCompletions[]> {
  return queryRows<DailyCompletions>(
    `
    SELECT date_trunc('day', lp."completedAt") AS "day", count(*)::int AS "lessons"
    FROM "CohortMembership" m JOIN "LessonProgress" lp ON lp."userId" = m."userId"
    WHERE m."cohortId" = $1 AND lp."status" = 'DONE' AND lp."completedAt" IS NOT NULL
    GROUP BY 1 ORDER BY 1`,
    [options.cohortId],
  );
}
