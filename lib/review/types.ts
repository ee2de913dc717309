/** Client-safe shapes of the spaced review: cards as the review page shows them, and their results. */
import type { ItemReview, PublicItem } from "@/lib/quiz/types";

import type { ForecastDay } from "./review-days";

export type RatingName = "again" | "hard" | "good" | "easy";

/** A due card: the item without its key, options in the order of this review (`version`). */
export type DueCard = { cardId: string; version: number; item: PublicItem };

export type CardReviewResult = { cardId: string; review: ItemReview; rating: RatingName; nextDue: string };

export type ReviewOverview = { dueToday: number; streak: number; forecast: ForecastDay[] };
