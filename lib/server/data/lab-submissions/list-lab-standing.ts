import "server-only";

import { getDb } from "@/lib/server/db";

export type LabStanding = { labSlug: string; submissions: number; passed: boolean; lastSubmittedAt: Date };

/** For each lab a learner has submitted: how often, whether any submission passed, and when last. */
export async function listLabStanding(options: { userId: string }): Promise<LabStanding[]> {
  const rows = await getDb().labSubmission.groupBy({
    by: ["labSlug", "passed"],
    where: { userId: options.userId },
    _count: { _all: true },
    _max: { createdAt: true },
  });
  const bySlug = new Map<string, LabStanding>();
  for (const row of rows) {
    const current = bySlug.get(row.labSlug) ?? { labSlug: row.labSlug, submissions: 0, passed: false, lastSubmittedAt: new Date(0) };
    current.submissions += row._count._all;
    current.passed ||= row.passed;
    const last = row._max.createdAt ?? new Date(0);
    if (last > current.lastSubmittedAt) current.lastSubmittedAt = last;
    bySlug.set(row.labSlug, current);
  }
  return [...bySlug.values()];
}
