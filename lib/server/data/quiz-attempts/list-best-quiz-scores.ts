import "server-only";

import { getDb } from "@/lib/server/db";

export type BestQuizScore = { quizSlug: string; bestScore: number; attempts: number; lastSubmittedAt: Date };

/** The best submitted score of each quiz a learner has submitted, with how many times they submitted it. */
export async function listBestQuizScores(options: { userId: string }): Promise<BestQuizScore[]> {
  const rows = await getDb().quizAttempt.groupBy({
    by: ["quizSlug"],
    where: { userId: options.userId, submittedAt: { not: null } },
    _max: { score: true, submittedAt: true },
    _count: { _all: true },
  });
  return rows.map((r) => ({ quizSlug: r.quizSlug, bestScore: r._max.score ?? 0, attempts: r._count._all, lastSubmittedAt: r._max.submittedAt ?? new Date(0) }));
}
