import "server-only";

import { getDb } from "@/lib/server/db";

import { reviewCardDtoSelect, type ReviewCardDto } from "./review-card.dto";

/** The card if it belongs to `userId`; anyone else's is null, as if it did not exist. */
export async function getReviewCard(options: { id: string; userId: string }): Promise<ReviewCardDto | null> {
  return getDb().reviewCard.findFirst({ where: { id: options.id, userId: options.userId }, select: reviewCardDtoSelect });
}
