import "server-only";

import { getDb } from "@/lib/server/db";

/** Due times of the learner's cards due before `before` (overdue ones included), for the forecast. */
export async function listCardDueDates(options: { userId: string; before: Date }): Promise<Date[]> {
  const rows = await getDb().reviewCard.findMany({ where: { userId: options.userId, due: { lt: options.before } }, select: { due: true } });
  return rows.map((r) => r.due);
}
