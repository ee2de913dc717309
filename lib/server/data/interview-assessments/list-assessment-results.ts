import "server-only";

import { getDb } from "@/lib/server/db";

export type AssessmentResult = {
  id: string;
  startedAt: Date;
  submittedAt: Date;
  /** 0-100, from the answers given within the time limit */
  score: number;
  verdict: string;
  moduleScores: Record<string, number>;
  items: number;
  lateAnswers: number;
  submittedLate: boolean;
};

/**
 * A learner's submitted interview assessments, newest first: what the learner's history shows,
 * and what an instructor of the learner's cohort may be shown.
 */
export async function listAssessmentResults(options: { userId: string; limit: number }): Promise<AssessmentResult[]> {
  const rows = await getDb().interviewAssessment.findMany({
    where: { userId: options.userId, submittedAt: { not: null } },
    select: {
      id: true,
      startedAt: true,
      submittedAt: true,
      deadline: true,
      score: true,
      verdict: true,
      moduleScores: true,
      itemIds: true,
      _count: { select: { answers: { where: { late: true } } } },
    },
    orderBy: { submittedAt: "desc" },
    take: options.limit,
  });
  return rows.map((r) => {
    const submittedAt = r.submittedAt ?? r.deadline;
    return {
      id: r.id,
      startedAt: r.startedAt,
      submittedAt,
      score: r.score ?? 0,
      verdict: r.verdict ?? "not-yet",
      moduleScores: (r.moduleScores as Record<string, number> | null) ?? {},
      items: r.itemIds.length,
      lateAnswers: r._count.answers,
      submittedLate: submittedAt.getTime() > r.deadline.getTime(),
    };
  });
}
