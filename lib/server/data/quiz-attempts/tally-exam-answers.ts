import "server-only";

import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Adds the answers of an exam being submitted to its learner's ItemTally. Call it inside the
 * submitting transaction, with the attempt row locked, so no answer changes in between. Rows are
 * taken in item order: two submissions of the same learner then lock tally rows in one order.
 */
export async function tallyExamAnswers(tx: Prisma.TransactionClient, options: { attemptId: string; userId: string }): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "ItemTally" ("userId", "itemId", "answers", "right")
    SELECT ${options.userId}::text, r."itemId", 1, r."correct"::int
    FROM "ItemResponse" r
    WHERE r."attemptId" = ${options.attemptId}
    ORDER BY r."itemId"
    ON CONFLICT ("userId", "itemId") DO UPDATE
      SET "answers" = "ItemTally"."answers" + 1, "right" = "ItemTally"."right" + EXCLUDED."right"`;
}
