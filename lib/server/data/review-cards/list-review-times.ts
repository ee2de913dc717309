import "server-only";

import { getDb } from "@/lib/server/db";

/** When the learner reviewed cards on the review page since `since`, for the streak. */
export async function listReviewTimes(options: { userId: string; since: Date }): Promise<Date[]> {
  const rows = await getDb().reviewLog.findMany({
    where: { userId: options.userId, source: "REVIEW", reviewedAt: { gte: options.since } },
    select: { reviewedAt: true },
  });
  return rows.map((r) => r.reviewedAt);
}
