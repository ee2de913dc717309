import "server-only";

import { findItem } from "@/lib/server/content/quizzes/load-banks";
import { countDueCards } from "@/lib/server/data/review-cards/count-due-cards";
import { getReviewCard } from "@/lib/server/data/review-cards/get-review-card";
import { listCardDueDates } from "@/lib/server/data/review-cards/list-card-due-dates";
import { listDueCards } from "@/lib/server/data/review-cards/list-due-cards";
import { listReviewTimes } from "@/lib/server/data/review-cards/list-review-times";
import { recordCardReview } from "@/lib/server/data/review-cards/record-card-review";
import type { UserDto } from "@/lib/server/data/users/user.dto";
import { gradeAnswer, reviewItem } from "@/lib/server/grading/grade-item";
import { publicView } from "@/lib/server/grading/public-item";
import { stableHash } from "@/lib/server/grading/seeded-order";
import { ApiError, notFound } from "@/lib/server/http/api-error";
import { resolveOrReject } from "@/lib/server/quizzes/resolve-answer";
import { endOfUtcDay, forecastByDay, isDueToday, reviewStreak, startOfUtcDay } from "@/lib/review/review-days";
import type { CardReviewResult, DueCard, ReviewOverview } from "@/lib/review/types";
import type { ItemAnswer } from "@/lib/validation/quiz";

import { RATING_NAMES, ratingForGrade, scheduleReview } from "./fsrs-schedule";

const DUE_PAGE = 50;
const FORECAST_DAYS = 7;
// A streak longer than this is shown as this; it keeps the query bounded.
const STREAK_LOOKBACK_DAYS = 366;

export function requireViewer(viewer: UserDto | null): UserDto {
  if (!viewer) throw new ApiError(401, "unauthorized", "sign in to use spaced review");
  return viewer;
}

// Each review of a card shows its options in a new order, and the same order for both the page and the grading.
function reviewSeed(cardId: string, version: number): number {
  return stableHash(`${cardId}:${version}`) & 0x7fffffff;
}

/** The cards due today (before the UTC day ends), without keys; cards whose item left the bank are skipped. */
export async function listDueToday(viewer: UserDto | null, now: Date): Promise<DueCard[]> {
  const { id: userId } = requireViewer(viewer);
  const cards = await listDueCards({ userId, before: endOfUtcDay(now), limit: DUE_PAGE });
  const due: DueCard[] = [];
  for (const card of cards) {
    const item = await findItem(card.itemId);
    if (item) due.push({ cardId: card.id, version: card.version, item: publicView(item, reviewSeed(card.id, card.version)).item });
  }
  return due;
}

/**
 * Grades one review of a card with the quiz's grading and feeds the rating to FSRS. A card that
 * is not the viewer's, or not due today, is "not found"; a card already reviewed at this version
 * (in another tab, say) is a conflict, and only one of the two reviews is recorded.
 */
export async function reviewCard(viewer: UserDto | null, options: { cardId: string; version: number; answer: ItemAnswer; now: Date }): Promise<CardReviewResult> {
  const { id: userId } = requireViewer(viewer);
  const card = await getReviewCard({ id: options.cardId, userId });
  if (!card || !isDueToday(card.due, options.now)) throw notFound("due card");
  if (card.version !== options.version) throw new ApiError(409, "already_reviewed", "this card has already been reviewed; reload to see the cards still due");
  const item = await findItem(card.itemId);
  if (!item) throw notFound("due card");
  const seed = reviewSeed(card.id, card.version);
  const grade = gradeAnswer(item, resolveOrReject(item, options.answer, seed));
  const rating = ratingForGrade(grade);
  const next = scheduleReview(card, rating, options.now);
  const recorded = await recordCardReview({ id: card.id, userId, version: card.version, next, rating, score: grade.score, now: options.now });
  if (!recorded) throw new ApiError(409, "already_reviewed", "this card has already been reviewed; reload to see the cards still due");
  return { cardId: card.id, review: reviewItem(item, seed, grade), rating: RATING_NAMES[rating], nextDue: next.due.toISOString() };
}

/** How many cards are due today, for the header. */
export function countDueToday(userId: string, now: Date): Promise<number> {
  return countDueCards({ userId, before: endOfUtcDay(now) });
}

/** Cards due today, the review streak and the seven-day forecast, for the progress page. */
export async function loadReviewOverview(userId: string, now: Date): Promise<ReviewOverview> {
  const today = startOfUtcDay(now);
  const [dues, times] = await Promise.all([
    listCardDueDates({ userId, before: new Date(today.getTime() + FORECAST_DAYS * 86_400_000) }),
    listReviewTimes({ userId, since: new Date(today.getTime() - STREAK_LOOKBACK_DAYS * 86_400_000) }),
  ]);
  const forecast = forecastByDay(dues, now, FORECAST_DAYS);
  return { dueToday: forecast[0]?.cards ?? 0, streak: reviewStreak(times, now), forecast };
}
