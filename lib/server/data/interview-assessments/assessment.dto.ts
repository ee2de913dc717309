import type { StoredAnswer } from "@/lib/server/grading/grade-item";

export type SelfRatingValue = "covered" | "partly" | "missed";

export type AssessmentAnswerDto = { itemId: string; answer: StoredAnswer; score: number; correct: boolean; late: boolean; answeredAt: Date };

export type OpenAnswerDto = { promptId: string; text: string; late: boolean; answeredAt: Date; ratings: Record<string, SelfRatingValue> | null };

export type AssessmentDto = {
  id: string;
  userId: string;
  seed: number;
  itemIds: string[];
  promptIds: string[];
  startedAt: Date;
  deadline: Date;
  submittedAt: Date | null;
  score: number | null;
  answers: AssessmentAnswerDto[];
  openAnswers: OpenAnswerDto[];
};

export const assessmentDtoSelect = {
  id: true,
  userId: true,
  seed: true,
  itemIds: true,
  promptIds: true,
  startedAt: true,
  deadline: true,
  submittedAt: true,
  score: true,
  answers: { select: { itemId: true, answer: true, score: true, correct: true, late: true, answeredAt: true } },
  openAnswers: { select: { promptId: true, text: true, late: true, answeredAt: true, ratings: true } },
} as const;

type Row = Omit<AssessmentDto, "answers" | "openAnswers"> & {
  answers: (Omit<AssessmentAnswerDto, "answer"> & { answer: unknown })[];
  openAnswers: (Omit<OpenAnswerDto, "ratings"> & { ratings: unknown })[];
};

export function toAssessmentDto(row: Row): AssessmentDto {
  return {
    ...row,
    answers: row.answers.map((a) => ({ ...a, answer: a.answer as StoredAnswer })),
    openAnswers: row.openAnswers.map((o) => ({ ...o, ratings: (o.ratings as Record<string, SelfRatingValue> | null) ?? null })),
  };
}
