-- CreateTable
CREATE TABLE "ItemTally" (
    "userId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "answers" INTEGER NOT NULL,
    "right" INTEGER NOT NULL,

    CONSTRAINT "ItemTally_pkey" PRIMARY KEY ("userId","itemId")
);

-- AddForeignKey
ALTER TABLE "ItemTally" ADD CONSTRAINT "ItemTally_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill: every graded answer stored so far, as the cohort dashboard counted them (answers of
-- practice attempts, and of exams once submitted).
INSERT INTO "ItemTally" ("userId", "itemId", "answers", "right")
SELECT a."userId", r."itemId", count(*)::int, (count(*) FILTER (WHERE r."correct"))::int
FROM "QuizAttempt" a JOIN "ItemResponse" r ON r."attemptId" = a."id"
WHERE a."mode" = 'PRACTICE' OR a."submittedAt" IS NOT NULL
GROUP BY a."userId", r."itemId";
