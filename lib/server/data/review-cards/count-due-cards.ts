import "server-only";

import { getDb } from "@/lib/server/db";

export async function countDueCards(options: { userId: string; before: Date }): Promise<number> {
  return getDb().reviewCard.count({ where: { userId: options.userId, due: { lt: options.before } } });
}
