import "server-only";

import { getDb } from "@/lib/server/db";

import { MODE_VALUES, quizAttemptDtoSelect, toQuizAttemptDto, type ModeName, type QuizAttemptDto } from "./quiz-attempt.dto";

export async function createQuizAttempt(options: { userId: string; quizSlug: string; mode: ModeName; seed: number }): Promise<QuizAttemptDto> {
  const row = await getDb().quizAttempt.create({
    data: { userId: options.userId, quizSlug: options.quizSlug, mode: MODE_VALUES[options.mode], seed: options.seed },
    select: quizAttemptDtoSelect,
  });
  return toQuizAttemptDto(row);
}
