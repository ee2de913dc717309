import type { AttemptMode } from "@/lib/generated/prisma/enums";
import type { StoredAnswer } from "@/lib/server/grading/grade-item";

export type ModeName = "practice" | "exam";

export type ResponseDto = { itemId: string; answer: StoredAnswer; score: number; correct: boolean; answeredAt: Date };

export type QuizAttemptDto = {
  id: string;
  userId: string;
  quizSlug: string;
  mode: ModeName;
  seed: number;
  startedAt: Date;
  submittedAt: Date | null;
  score: number | null;
  responses: ResponseDto[];
};

export const MODE_NAMES: Record<AttemptMode, ModeName> = { PRACTICE: "practice", EXAM: "exam" };
export const MODE_VALUES: Record<ModeName, AttemptMode> = { practice: "PRACTICE", exam: "EXAM" };

export const quizAttemptDtoSelect = {
  id: true,
  userId: true,
  quizSlug: true,
  mode: true,
  seed: true,
  startedAt: true,
  submittedAt: true,
  score: true,
  responses: { select: { itemId: true, answer: true, score: true, correct: true, answeredAt: true }, orderBy: { answeredAt: "asc" } },
} as const;

type Row = Omit<QuizAttemptDto, "mode" | "responses"> & { mode: AttemptMode; responses: (Omit<ResponseDto, "answer"> & { answer: unknown })[] };

export function toQuizAttemptDto(row: Row): QuizAttemptDto {
  return { ...row, mode: MODE_NAMES[row.mode], responses: row.responses.map((r) => ({ ...r, answer: r.answer as StoredAnswer })) };
}
