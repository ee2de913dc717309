import "server-only";

import { getDb } from "@/lib/server/db";
import type { CardState } from "@/lib/server/review/fsrs-schedule";

/**
 * Moves a card to its next state if it is still at `version`: the conditional update lets exactly
 * one of two simultaneous reviews of the same card land. Returns whether this one did.
 */
export async function recordCardReview(options: { id: string; userId: string; version: number; next: CardState; rating: number; score: number; now: Date }): Promise<boolean> {
  return getDb().$transaction(async (tx) => {
    const updated = await tx.reviewCard.updateMany({
      where: { id: options.id, userId: options.userId, version: options.version },
      data: { ...options.next, version: { increment: 1 } },
    });
    if (updated.count !== 1) return false;
    await tx.reviewLog.create({ data: { cardId: options.id, userId: options.userId, source: "REVIEW", rating: options.rating, score: options.score, reviewedAt: options.now } });
    return true;
  });
}
