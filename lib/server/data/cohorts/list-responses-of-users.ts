import "server-only";

import { queryRows } from "@/lib/server/db";

export type ResponseRecord = {
  userId: string;
  quizSlug: string;
  attemptId: string;
  mode: "PRACTICE" | "EXAM";
  startedAt: Date;
  submittedAt: Date | null;
  itemId: string;
  answer: unknown;
  score: number;
  correct: boolean;
  answeredAt: Date;
};

/** Every item response of these users, by user, then attempt start, then answer time. Exports read members in batches. */
export async function listResponsesOfUsers(options: { userIds: string[] }): Promise<ResponseRecord[]> {
  if (options.userIds.length === 0) return [];
  return queryRows<ResponseRecord>(
    `
    SELECT a."userId", a."quizSlug", a."id" AS "attemptId", a."mode", a."startedAt", a."submittedAt",
      r."itemId", r."answer", r."score", r."correct", r."answeredAt"
    FROM "QuizAttempt" a JOIN "ItemResponse" r ON r."attemptId" = a."id"
    WHERE a."userId" = ANY($1)
    ORDER BY a."userId", a."startedAt", a."id", r."answeredAt", r."itemId"`,
    [options.userIds],
  );
}
