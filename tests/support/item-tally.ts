import { getDb } from "@/lib/server/db";

export type TallyRow = { userId: string; itemId: string; answers: number; right: number };

/** The learners' ItemTally rows as stored, in key order. */
export async function storedItemTallies(userIds: string[]): Promise<TallyRow[]> {
  return getDb().$queryRaw<TallyRow[]>`
    SELECT "userId", "itemId", "answers", "right" FROM "ItemTally"
    WHERE "userId" = ANY(${userIds}) ORDER BY "userId", "itemId"`;
}

/**
 * The same counts recomputed from ItemResponse, the way the cohort dashboard counted before the
 * tally existed: answers of practice attempts and of submitted exams.
 */
export async function recountedItemTallies(userIds: string[]): Promise<TallyRow[]> {
  return getDb().$queryRaw<TallyRow[]>`
    SELECT a."userId", r."itemId", count(*)::int AS "answers", (count(*) FILTER (WHERE r."correct"))::int AS "right"
    FROM "QuizAttempt" a JOIN "ItemResponse" r ON r."attemptId" = a."id"
    WHERE a."userId" = ANY(${userIds}) AND (a."mode" = 'PRACTICE' OR a."submittedAt" IS NOT NULL)
    GROUP BY a."userId", r."itemId" ORDER BY a."userId", r."itemId"`;
}

/** Rebuilds the learners' tally from their responses, for fixtures that store responses directly. */
export async function rebuildItemTallies(userIds: string[]): Promise<void> {
  const rows = await recountedItemTallies(userIds);
  await getDb().$transaction([
    getDb().itemTally.deleteMany({ where: { userId: { in: userIds } } }),
    getDb().itemTally.createMany({ data: rows }),
  ]);
}
