import "server-only";

import { getDb } from "@/lib/server/db";

import { reviewCardDtoSelect, type ReviewCardDto } from "./review-card.dto";

/** The learner's cards due before `before`, most overdue first. */
export async function listDueCards(options: { userId: string; before: Date; limit: number }): Promise<ReviewCardDto[]> {
  return getDb().reviewCard.findMany({
    where: { userId: options.userId, due: { lt: options.before } },
    select: reviewCardDtoSelect,
    orderBy: [{ due: "asc" }, { id: "asc" }],
    take: options.limit,
  });
}
