import "server-only";

import { addReviewCards } from "@/lib/server/data/review-cards/add-review-cards";
import type { ReviewSourceName } from "@/lib/server/data/review-cards/review-card.dto";

import { ratingForGrade, scheduleFirstAnswer } from "./fsrs-schedule";

export type GradedItem = { itemId: string; score: number; correct: boolean };

/**
 * Makes every item a learner answered a review card, scheduled from that first graded answer.
 * Items that already have a card are left to the review routine.
 */
export async function addToReview(options: { userId: string; source: ReviewSourceName; graded: GradedItem[]; now: Date }): Promise<number> {
  const cards = options.graded.map((g) => {
    const rating = ratingForGrade(g);
    return { itemId: g.itemId, state: scheduleFirstAnswer(rating, options.now), rating, score: g.score };
  });
  return addReviewCards({ userId: options.userId, source: options.source, cards, now: options.now });
}
