import "server-only";

import { getDb } from "@/lib/server/db";

/** Removes the user from the cohort; false when they were not in it. */
export async function leaveCohort(options: { cohortId: string; userId: string }): Promise<boolean> {
  const deleted = await getDb().cohortMembership.deleteMany({ where: { cohortId: options.cohortId, userId: options.userId } });
  return deleted.count > 0;
}
