import "server-only";

import { getDb } from "@/lib/server/db";

import { MODE_NAMES, type ModeName } from "./quiz-attempt.dto";

export type SubmittedAttempt = { id: string; quizSlug: string; mode: ModeName; score: number; submittedAt: Date };

/** A learner's latest submitted attempts, newest first. */
export async function listSubmittedAttempts(options: { userId: string; limit: number }): Promise<SubmittedAttempt[]> {
  const rows = await getDb().quizAttempt.findMany({
    where: { userId: options.userId, submittedAt: { not: null } },
    select: { id: true, quizSlug: true, mode: true, score: true, submittedAt: true },
    orderBy: { submittedAt: "desc" },
    take: options.limit,
  });
  return rows.map((r) => ({ id: r.id, quizSlug: r.quizSlug, mode: MODE_NAMES[r.mode], score: r.score ?? 0, submittedAt: r.submittedAt ?? new Date(0) }));
}
