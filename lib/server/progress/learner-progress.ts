import "server-only";

import { listLessons } from "@/lib/server/content/list-lessons";
import { loadLabs } from "@/lib/server/content/labs/load-labs";
import { loadQuizzes } from "@/lib/server/content/quizzes/load-banks";
import { listLabStanding } from "@/lib/server/data/lab-submissions/list-lab-standing";
import { listLessonProgress } from "@/lib/server/data/lesson-progress/list-lesson-progress";
import { listBestQuizScores } from "@/lib/server/data/quiz-attempts/list-best-quiz-scores";
import { listRecentResponses } from "@/lib/server/data/quiz-attempts/list-recent-responses";
import { listSubmittedAttempts, type SubmittedAttempt } from "@/lib/server/data/quiz-attempts/list-submitted-attempts";
import { conceptMastery, recommendNextLesson, type ConceptMastery } from "@/lib/progress/mastery";
import type { LessonStatusName } from "@/lib/validation/progress";

export type LessonRow = { slug: string; title: string; order: number; status: LessonStatusName; bestScore: number | null; quizAttempts: number };
export type LabRow = { slug: string; title: string; submissions: number; passed: boolean };

export type LearnerProgress = {
  lessons: LessonRow[];
  lessonsDone: number;
  labs: LabRow[];
  labsPassed: number;
  concepts: ConceptMastery[];
  recentAttempts: (SubmittedAttempt & { quizTitle: string })[];
  next: { slug: string; title: string } | null;
};

// Enough answers for every concept's most recent ten, for a learner who took every quiz.
const RESPONSES_FOR_MASTERY = 2_000;

/** Everything the learner's progress page shows, from their own rows only. */
export async function loadLearnerProgress(userId: string): Promise<LearnerProgress> {
  const [lessons, quizzes, labs, progress, scores, responses, standing, attempts] = await Promise.all([
    listLessons(),
    loadQuizzes(),
    loadLabs(),
    listLessonProgress({ userId }),
    listBestQuizScores({ userId }),
    listRecentResponses({ userId, limit: RESPONSES_FOR_MASTERY }),
    listLabStanding({ userId }),
    listSubmittedAttempts({ userId, limit: 10 }),
  ]);
  const status = new Map(progress.map((p) => [p.lessonSlug, p.status]));
  const best = new Map(scores.map((s) => [s.quizSlug, s]));
  const lessonRows: LessonRow[] = lessons.map(({ frontmatter: fm }) => ({
    slug: fm.slug,
    title: fm.title,
    order: fm.order,
    status: status.get(fm.slug) ?? "not-started",
    bestScore: best.get(fm.slug)?.bestScore ?? null,
    quizAttempts: best.get(fm.slug)?.attempts ?? 0,
  }));
  const labStanding = new Map(standing.map((s) => [s.labSlug, s]));
  const labRows: LabRow[] = labs.map((lab) => ({
    slug: lab.slug,
    title: lab.title,
    submissions: labStanding.get(lab.slug)?.submissions ?? 0,
    passed: labStanding.get(lab.slug)?.passed ?? false,
  }));
  const conceptsByItem = new Map(quizzes.flatMap((q) => q.items.map((i) => [i.id, i.concepts] as const)));
  const next = recommendNextLesson(lessons.map(({ frontmatter: fm }) => ({ slug: fm.slug, title: fm.title, prerequisites: fm.prerequisites, done: status.get(fm.slug) === "done" })));
  return {
    lessons: lessonRows,
    lessonsDone: lessonRows.filter((l) => l.status === "done").length,
    labs: labRows,
    labsPassed: labRows.filter((l) => l.passed).length,
    concepts: conceptMastery(responses, (id) => conceptsByItem.get(id)),
    recentAttempts: attempts.map((a) => ({ ...a, quizTitle: quizzes.find((q) => q.slug === a.quizSlug)?.title ?? a.quizSlug })),
    next: next ? { slug: next.slug, title: next.title } : null,
  };
}
