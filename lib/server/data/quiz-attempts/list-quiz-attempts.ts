import "server-only";

import { getDb } from "@/lib/server/db";

import { MODE_NAMES, type ModeName } from "./quiz-attempt.dto";

export type AttemptSummary = { id: string; quizSlug: string; mode: ModeName; startedAt: Date; submittedAt: Date | null; score: number | null; answered: number };

/** A learner's attempts, open or submitted, newest first, with how many items each answered. */
export async function listQuizAttempts(options: { userId: string; limit: number }): Promise<AttemptSummary[]> {
  const rows = await getDb().quizAttempt.findMany({
    where: { userId: options.userId },
    select: { id: true, quizSlug: true, mode: true, startedAt: true, submittedAt: true, score: true, _count: { select: { responses: true } } },
    orderBy: { startedAt: "desc" },
    take: options.limit,
  });
  return rows.map(({ _count, mode, ...r }) => ({ ...r, mode: MODE_NAMES[mode], answered: _count.responses }));
}
