import "server-only";

import { loadLabs } from "@/lib/server/content/labs/load-labs";
import { listLessons } from "@/lib/server/content/list-lessons";
import { listLabSubmissions } from "@/lib/server/data/lab-submissions/list-lab-submissions";
import { listLessonProgress } from "@/lib/server/data/lesson-progress/list-lesson-progress";
import { listQuizAttempts } from "@/lib/server/data/quiz-attempts/list-quiz-attempts";
import type { UserDto } from "@/lib/server/data/users/user.dto";
import type { LabCheckResult } from "@/lib/labs/types";
import type { NamedSlug } from "@/lib/instructor/cohort.types";
import type { LessonStatusName } from "@/lib/validation/progress";

import { requireOwnCohortMember } from "./access";

export type LearnerDetail = {
  cohort: { id: string; name: string };
  learner: { userId: string; name: string; email: string; joinedAt: string };
  lessons: (NamedSlug & { status: LessonStatusName; completedAt: string | null })[];
  attempts: { id: string; quizSlug: string; quizTitle: string; mode: "practice" | "exam"; startedAt: string; submittedAt: string | null; score: number | null; answered: number }[];
  labs: { id: string; labSlug: string; labTitle: string; createdAt: string; passed: boolean; checks: LabCheckResult[]; transcript: string[] }[];
};

// Enough for a whole course several times over; the drill-down is not an archive.
const ATTEMPTS_SHOWN = 200;
const LAB_SUBMISSIONS_SHOWN = 100;

// Stored transcripts are the submitted `[{ at, line }]` (see lib/validation/lab.ts).
function transcriptLines(transcript: unknown): string[] {
  if (!Array.isArray(transcript)) return [];
  return transcript.flatMap((entry: { line?: unknown }) => (typeof entry?.line === "string" ? [entry.line] : []));
}

function checkResults(results: unknown): LabCheckResult[] {
  const checks = (results as { checks?: unknown } | null)?.checks;
  return Array.isArray(checks) ? (checks as LabCheckResult[]) : [];
}

/** One member's lessons, quiz attempts and lab submissions, for their instructor only. */
export async function loadLearnerDetail(viewer: UserDto | null, cohortId: string, userId: string): Promise<LearnerDetail> {
  const { cohort, member } = await requireOwnCohortMember(viewer, cohortId, userId);
  const [lessons, labs, progress, attempts, submissions] = await Promise.all([
    listLessons(),
    loadLabs(),
    listLessonProgress({ userId: member.userId }),
    listQuizAttempts({ userId: member.userId, limit: ATTEMPTS_SHOWN }),
    listLabSubmissions({ userId: member.userId, limit: LAB_SUBMISSIONS_SHOWN }),
  ]);
  const bySlug = new Map(progress.map((p) => [p.lessonSlug, p]));
  const title = new Map(lessons.map((l) => [l.frontmatter.slug, l.frontmatter.title]));
  return {
    cohort: { id: cohort.id, name: cohort.name },
    learner: { userId: member.userId, name: member.name ?? member.email, email: member.email, joinedAt: member.joinedAt.toISOString() },
    lessons: lessons.map(({ frontmatter: fm }) => ({
      slug: fm.slug,
      title: fm.title,
      status: bySlug.get(fm.slug)?.status ?? "not-started",
      completedAt: bySlug.get(fm.slug)?.completedAt?.toISOString() ?? null,
    })),
    attempts: attempts.map((a) => ({
      ...a,
      quizTitle: title.get(a.quizSlug) ?? a.quizSlug,
      startedAt: a.startedAt.toISOString(),
      submittedAt: a.submittedAt?.toISOString() ?? null,
    })),
    labs: submissions.map((s) => ({
      id: s.id,
      labSlug: s.labSlug,
      labTitle: labs.find((l) => l.slug === s.labSlug)?.title ?? s.labSlug,
      createdAt: s.createdAt.toISOString(),
      passed: s.passed,
      checks: checkResults(s.results),
      transcript: transcriptLines(s.transcript),
    })),
  };
}
