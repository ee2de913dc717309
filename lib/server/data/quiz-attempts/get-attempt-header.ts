import "server-only";

import type { AttemptMode } from "@/lib/generated/prisma/enums";
import { queryRows } from "@/lib/server/db";

import { MODE_NAMES, type ModeName } from "./quiz-attempt.dto";

export type AttemptHeader = { id: string; userId: string; quizSlug: string; mode: ModeName; seed: number; submitted: boolean };

/**
 * What answering an item needs to know of its attempt, without reading its responses. Answering is the
 * hottest request of a quiz, so this reads through the driver rather than the Prisma client.
 */
export async function getAttemptHeader(options: { id: string }): Promise<AttemptHeader | null> {
  const [row] = await queryRows<{ id: string; userId: string; quizSlug: string; mode: AttemptMode; seed: number; submitted: boolean }>(
    `SELECT id, "userId", "quizSlug", mode, seed, "submittedAt" IS NOT NULL AS submitted FROM "QuizAttempt" WHERE id = $1`,
    [options.id],
  );
  return row ? { ...row, mode: MODE_NAMES[row.mode] } : null;
}
