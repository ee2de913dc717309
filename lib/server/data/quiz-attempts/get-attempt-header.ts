import "server-only";

import { getDb } from "@/lib/server/db";

import { MODE_NAMES, type ModeName } from "./quiz-attempt.dto";

export type AttemptHeader = { id: string; userId: string; quizSlug: string; mode: ModeName; seed: number; submitted: boolean };

/** What answering an item needs to know of its attempt, without reading its responses. */
export async function getAttemptHeader(options: { id: string }): Promise<AttemptHeader | null> {
  const row = await getDb().quizAttempt.findUnique({
    where: { id: options.id },
    select: { id: true, userId: true, quizSlug: true, mode: true, seed: true, submittedAt: true },
  });
  return row ? { id: row.id, userId: row.userId, quizSlug: row.quizSlug, mode: MODE_NAMES[row.mode], seed: row.seed, submitted: row.submittedAt !== null } : null;
}
