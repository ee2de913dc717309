import "server-only";

import type { Prisma } from "@/lib/generated/prisma/client";
import { getDb } from "@/lib/server/db";
import type { StoredAnswer } from "@/lib/server/grading/grade-item";

import type { ResponseDto } from "./quiz-attempt.dto";

export type RecordOutcome =
  | { kind: "recorded"; response: ResponseDto }
  /** the same answer was already stored: nothing written */
  | { kind: "unchanged"; response: ResponseDto }
  /** practice mode keeps the first answer, since its key has been shown */
  | { kind: "already-answered"; response: ResponseDto }
  | { kind: "submitted" }
  | { kind: "not-found" };

function sameAnswer(a: unknown, b: StoredAnswer): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Stores one answer of an attempt. The attempt row is locked for the transaction, so an answer
 * and the submission of the same attempt never interleave: once submitted, nothing changes.
 */
export async function recordItemResponse(options: {
  attemptId: string;
  userId: string;
  itemId: string;
  answer: StoredAnswer;
  score: number;
  correct: boolean;
  /** exam mode lets a learner change an answer until submission */
  replace: boolean;
}): Promise<RecordOutcome> {
  return getDb().$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ submittedAt: Date | null }[]>`
      SELECT "submittedAt" FROM "QuizAttempt" WHERE "id" = ${options.attemptId} AND "userId" = ${options.userId} FOR UPDATE`;
    if (locked.length === 0) return { kind: "not-found" };
    if (locked[0]!.submittedAt !== null) return { kind: "submitted" };
    const select = { itemId: true, answer: true, score: true, correct: true, answeredAt: true } as const;
    const existing = await tx.itemResponse.findUnique({ where: { attemptId_itemId: { attemptId: options.attemptId, itemId: options.itemId } }, select });
    const answer = options.answer as Prisma.InputJsonValue;
    if (existing) {
      const dto = { ...existing, answer: existing.answer as StoredAnswer };
      if (sameAnswer(existing.answer, options.answer)) return { kind: "unchanged", response: dto };
      if (!options.replace) return { kind: "already-answered", response: dto };
      const updated = await tx.itemResponse.update({
        where: { attemptId_itemId: { attemptId: options.attemptId, itemId: options.itemId } },
        data: { answer, score: options.score, correct: options.correct, answeredAt: new Date() },
        select,
      });
      return { kind: "recorded", response: { ...updated, answer: options.answer } };
    }
    const created = await tx.itemResponse.create({
      data: { attemptId: options.attemptId, itemId: options.itemId, answer, score: options.score, correct: options.correct },
      select,
    });
    return { kind: "recorded", response: { ...created, answer: options.answer } };
  });
}
