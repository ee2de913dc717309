import "server-only";

import { getDb } from "@/lib/server/db";

/** The learner's latest assessment that has not been submitted, if any. */
export async function findOpenAssessment(options: { userId: string }): Promise<{ id: string; deadline: Date } | null> {
  return getDb().interviewAssessment.findFirst({
    where: { userId: options.userId, submittedAt: null },
    select: { id: true, deadline: true },
    orderBy: { startedAt: "desc" },
  });
}
