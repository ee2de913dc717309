import "server-only";

import { getDb } from "@/lib/server/db";

export type LabSubmissionRecord = { id: string; labSlug: string; seed: number; transcript: unknown; passed: boolean; results: unknown; createdAt: Date };

/** A learner's lab submissions with their transcripts and check results, newest first. */
export async function listLabSubmissions(options: { userId: string; limit: number }): Promise<LabSubmissionRecord[]> {
  return getDb().labSubmission.findMany({
    where: { userId: options.userId },
    select: { id: true, labSlug: true, seed: true, transcript: true, passed: true, results: true, createdAt: true },
    orderBy: { createdAt: "desc" },
    take: options.limit,
  });
}
