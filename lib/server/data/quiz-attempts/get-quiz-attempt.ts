import "server-only";

import { getDb } from "@/lib/server/db";

import { quizAttemptDtoSelect, toQuizAttemptDto, type QuizAttemptDto } from "./quiz-attempt.dto";

/** The attempt with its responses, or null; callers check ownership. */
export async function getQuizAttempt(options: { id: string }): Promise<QuizAttemptDto | null> {
  const row = await getDb().quizAttempt.findUnique({ where: { id: options.id }, select: quizAttemptDtoSelect });
  return row ? toQuizAttemptDto(row) : null;
}
