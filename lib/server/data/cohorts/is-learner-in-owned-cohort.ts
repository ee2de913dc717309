import "server-only";

import { getDb } from "@/lib/server/db";

/** Whether the learner is currently a member of any cohort the instructor owns. */
export async function isLearnerInOwnedCohort(options: { instructorId: string; learnerId: string }): Promise<boolean> {
  const found = await getDb().cohortMembership.findFirst({ where: { userId: options.learnerId, cohort: { ownerId: options.instructorId } }, select: { cohortId: true } });
  return found !== null;
}
