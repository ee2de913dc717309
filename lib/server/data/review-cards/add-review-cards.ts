import "server-only";

import { getDb } from "@/lib/server/db";
import type { CardState } from "@/lib/server/review/fsrs-schedule";

import { SOURCE_VALUES, type ReviewSourceName } from "./review-card.dto";

export type NewCard = { itemId: string; state: CardState; rating: number; score: number };

/**
 * Adds the items a learner answered to their review, each scheduled from that first answer.
 * An item that already has a card keeps it untouched (ON CONFLICT DO NOTHING), so concurrent
 * answers create one card; only the cards created here get the first entry of their log.
 */
export async function addReviewCards(options: { userId: string; source: ReviewSourceName; cards: NewCard[]; now: Date }): Promise<number> {
  if (options.cards.length === 0) return 0;
  return getDb().$transaction(async (tx) => {
    const created = await tx.reviewCard.createManyAndReturn({
      data: options.cards.map((c) => ({ userId: options.userId, itemId: c.itemId, ...c.state })),
      skipDuplicates: true,
      select: { id: true, itemId: true },
    });
    const byItem = new Map(options.cards.map((c) => [c.itemId, c]));
    await tx.reviewLog.createMany({
      data: created.map((card) => ({
        cardId: card.id,
        userId: options.userId,
        source: SOURCE_VALUES[options.source],
        rating: byItem.get(card.itemId)!.rating,
        score: byItem.get(card.itemId)!.score,
        reviewedAt: options.now,
      })),
    });
    return created.length;
  });
}
