import "server-only";

import { queryRows } from "@/lib/server/db";
import type { StoredAnswer } from "@/lib/server/grading/grade-item";

export type RecordOutcome =
  | { kind: "recorded" }
  /** the same answer was already stored: nothing written */
  | { kind: "unchanged" }
  /** practice mode keeps the first answer, since its key has been shown */
  | { kind: "already-answered" }
  | { kind: "submitted" }
  | { kind: "not-found" };

type Row = { found: number; submitted: boolean | null; written: boolean; same: boolean | null };

/**
 * Stores one answer of an attempt in one statement. It locks the attempt row, so an answer and
 * the submission of the same attempt never interleave: once submitted, nothing changes. An equal
 * answer (compared as JSON values) writes nothing; a different one replaces the stored answer in
 * an exam, also when two requests race to insert it, and never in practice, where the key has been
 * shown. A practice answer is graded as given, so the same statement adds it to the learner's
 * ItemTally; exam answers join the tally when the exam is submitted (see submitQuizAttempt).
 */
export async function recordItemResponse(options: {
  attemptId: string;
  userId: string;
  itemId: string;
  answer: StoredAnswer;
  score: number;
  correct: boolean;
}): Promise<RecordOutcome> {
  const first = await writeOnce(options);
  // Nothing written and no stored answer seen: another request inserted this item's answer while
  // this statement waited for the attempt's lock, after its snapshot. Once more, that answer is visible.
  return first.row && first.row.found > 0 && !first.row.submitted && !first.row.written && first.row.same === null ? decide((await writeOnce(options)).row) : decide(first.row);
}

function decide(row: Row | undefined): RecordOutcome {
  if (!row || row.found === 0) return { kind: "not-found" };
  if (row.submitted) return { kind: "submitted" };
  if (row.written) return { kind: "recorded" };
  return row.same ? { kind: "unchanged" } : { kind: "already-answered" };
}

async function writeOnce(options: { attemptId: string; userId: string; itemId: string; answer: StoredAnswer; score: number; correct: boolean }): Promise<{ row: Row | undefined }> {
  // Through the driver rather than the Prisma client: this is the hottest statement of a quiz.
  const [row] = await queryRows<Row>(
    `WITH attempt AS (
      SELECT "id", "mode", "submittedAt" FROM "QuizAttempt"
      WHERE "id" = $1 AND "userId" = $2
      FOR UPDATE
    ),
    previous AS (
      SELECT r."answer" FROM "ItemResponse" r JOIN attempt a ON r."attemptId" = a."id" WHERE r."itemId" = $3
    ),
    written AS (
      INSERT INTO "ItemResponse" ("id", "attemptId", "itemId", "answer", "score", "correct", "answeredAt", "updatedAt")
      SELECT gen_random_uuid()::text, a."id", $3, $4::jsonb, $5::double precision, $6::boolean,
             now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC'
      FROM attempt a
      WHERE a."submittedAt" IS NULL
        AND NOT EXISTS (SELECT 1 FROM previous p WHERE p."answer" = $4::jsonb)
        AND (a."mode" = 'EXAM' OR NOT EXISTS (SELECT 1 FROM previous))
      ON CONFLICT ("attemptId", "itemId") DO UPDATE
        SET "answer" = EXCLUDED."answer", "score" = EXCLUDED."score", "correct" = EXCLUDED."correct",
            "answeredAt" = EXCLUDED."answeredAt", "updatedAt" = EXCLUDED."updatedAt"
        WHERE (SELECT "mode" FROM attempt) = 'EXAM' AND "ItemResponse"."answer" <> EXCLUDED."answer"
      RETURNING "correct"
    ),
    tallied AS (
      INSERT INTO "ItemTally" ("userId", "itemId", "answers", "right")
      SELECT $2::text, $3::text, 1, w."correct"::int
      FROM written w, attempt a
      WHERE a."mode" = 'PRACTICE'
      ON CONFLICT ("userId", "itemId") DO UPDATE
        SET "answers" = "ItemTally"."answers" + 1, "right" = "ItemTally"."right" + EXCLUDED."right"
    )
    SELECT (SELECT count(*) FROM attempt)::int AS "found",
           (SELECT "submittedAt" IS NOT NULL FROM attempt) AS "submitted",
           EXISTS (SELECT 1 FROM written) AS "written",
           (SELECT p."answer" = $4::jsonb FROM previous p) AS "same"`,
    [options.attemptId, options.userId, options.itemId, JSON.stringify(options.answer), options.score, options.correct],
  );
  return { row };
}
