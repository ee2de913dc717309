import "server-only";

import { queryRows } from "@/lib/server/db";

export type MemberActivity = { userId: string; name: string | null; email: string; joinedAt: Date; lessonsDone: string[]; lastActiveAt: Date | null };

/**
 * Each member with the lessons they finished and when they last did anything: opened or
 * finished a lesson, started or submitted a quiz, answered an item of a quiz still open
 * (answers of submitted attempts precede the submission), or submitted a lab.
 */
export async function listCohortActivity(options: { cohortId: string }): Promise<MemberActivity[]> {
  return queryRows<MemberActivity>(
    `
    SELECT m."userId", u."name", u."email", m."joinedAt",
      COALESCE((SELECT array_agg(lp."lessonSlug") FROM "LessonProgress" lp WHERE lp."userId" = m."userId" AND lp."status" = 'DONE'), '{}') AS "lessonsDone",
      GREATEST(
        (SELECT max(lp."updatedAt") FROM "LessonProgress" lp WHERE lp."userId" = m."userId"),
        (SELECT max(COALESCE(a."submittedAt", a."startedAt")) FROM "QuizAttempt" a WHERE a."userId" = m."userId"),
        (SELECT max(r."answeredAt") FROM "QuizAttempt" a JOIN "ItemResponse" r ON r."attemptId" = a."id" WHERE a."userId" = m."userId" AND a."submittedAt" IS NULL),
        (SELECT max(s."createdAt") FROM "LabSubmission" s WHERE s."userId" = m."userId")
      ) AS "lastActiveAt"
    FROM "CohortMembership" m JOIN "User" u ON u."id" = m."userId"
    WHERE m."cohortId" = $1
    ORDER BY u."email"`,
    [options.cohortId],
  );
}
