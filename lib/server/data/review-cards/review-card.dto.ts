import type { ReviewSource } from "@/lib/generated/prisma/enums";
import type { CardState } from "@/lib/server/review/fsrs-schedule";

export type ReviewCardDto = CardState & { id: string; userId: string; itemId: string; version: number };

export type ReviewSourceName = "quiz" | "assessment" | "review";

export const SOURCE_VALUES: Record<ReviewSourceName, ReviewSource> = { quiz: "QUIZ", assessment: "ASSESSMENT", review: "REVIEW" };

export const reviewCardDtoSelect = {
  id: true,
  userId: true,
  itemId: true,
  version: true,
  due: true,
  stability: true,
  difficulty: true,
  scheduledDays: true,
  learningSteps: true,
  reps: true,
  lapses: true,
  state: true,
  lastReview: true,
} as const;
