import "server-only";

import { loadQuizzes } from "@/lib/server/content/quizzes/load-banks";
import { listCohortActivity } from "@/lib/server/data/cohorts/list-cohort-activity";
import { listCohortBestScores } from "@/lib/server/data/cohorts/list-cohort-best-scores";
import { listCohortCompletions } from "@/lib/server/data/cohorts/list-cohort-completions";
import { listCohortItemTallies } from "@/lib/server/data/cohorts/list-cohort-item-tallies";
import { listCohortLabStanding } from "@/lib/server/data/cohorts/list-cohort-lab-standing";
import type { UserDto } from "@/lib/server/data/users/user.dto";
import type { CohortDashboard, CompletionDay, RosterRow } from "@/lib/instructor/cohort.types";
import { attentionReasons } from "@/lib/instructor/needs-attention";
import type { ConceptMastery } from "@/lib/progress/mastery";

import { requireOwnCohort } from "./access";
import { courseCatalog, summarizeCohort } from "./cohort-summary";

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const list = out.get(key(row));
    if (list) list.push(row);
    else out.set(key(row), [row]);
  }
  return out;
}

/**
 * Cohort mastery of a concept: the share of right answers among all the members' graded answers
 * on items tagged with it (a learner's own page counts only their latest ten per concept).
 */
function cohortConcepts(tallies: readonly { itemId: string; answers: number; right: number }[], conceptsOf: Map<string, readonly string[]>): ConceptMastery[] {
  const byConcept = new Map<string, { answers: number; right: number }>();
  for (const t of tallies) {
    for (const concept of conceptsOf.get(t.itemId) ?? []) {
      const sum = byConcept.get(concept) ?? { answers: 0, right: 0 };
      sum.answers += t.answers;
      sum.right += t.right;
      byConcept.set(concept, sum);
    }
  }
  return [...byConcept.entries()]
    .map(([concept, s]) => ({ concept, answers: s.answers, right: s.right, mastery: Math.round((100 * s.right) / s.answers) }))
    .sort((a, b) => a.mastery - b.mastery || a.concept.localeCompare(b.concept));
}

function cumulative(days: readonly { day: Date; lessons: number }[]): CompletionDay[] {
  let total = 0;
  return days.map((d) => ({ day: d.day.toISOString().slice(0, 10), lessons: d.lessons, cumulative: (total += d.lessons) }));
}

/** Everything the cohort dashboard shows: roster, heatmap data, concept mastery and completions. */
export async function loadCohortDashboard(viewer: UserDto | null, cohortId: string, now = new Date()): Promise<CohortDashboard> {
  const { cohort } = await requireOwnCohort(viewer, cohortId);
  const [catalog, quizzes, activity, scores, labs, tallies, completions] = await Promise.all([
    courseCatalog(),
    loadQuizzes(),
    listCohortActivity({ cohortId: cohort.id }),
    listCohortBestScores({ cohortId: cohort.id }),
    listCohortLabStanding({ cohortId: cohort.id }),
    listCohortItemTallies({ cohortId: cohort.id }),
    listCohortCompletions({ cohortId: cohort.id }),
  ]);
  const lessons = cohort.requiredLessons.length > 0 ? catalog.lessons.filter((l) => cohort.requiredLessons.includes(l.slug)) : catalog.lessons;
  const trackedLabs = cohort.requiredLabs.length > 0 ? catalog.labs.filter((l) => cohort.requiredLabs.includes(l.slug)) : catalog.labs;
  const scoresByUser = groupBy(scores, (s) => s.userId);
  const labsByUser = groupBy(labs, (l) => l.userId);
  const roster: RosterRow[] = activity.map((m) => {
    const mine = scoresByUser.get(m.userId) ?? [];
    const best = new Map(mine.map((s) => [s.quizSlug, s.bestScore]));
    const passed = new Set((labsByUser.get(m.userId) ?? []).filter((l) => l.passed).map((l) => l.labSlug));
    const done = new Set(m.lessonsDone);
    return {
      userId: m.userId,
      name: m.name ?? m.email,
      email: m.email,
      joinedAt: m.joinedAt.toISOString(),
      lessonsDone: lessons.filter((l) => done.has(l.slug)).length,
      doneLessons: lessons.filter((l) => done.has(l.slug)).map((l) => l.slug),
      bestScores: Object.fromEntries(lessons.map((l) => [l.slug, best.get(l.slug) ?? null])),
      labsPassed: trackedLabs.filter((l) => passed.has(l.slug)).length,
      lastActiveAt: m.lastActiveAt?.toISOString() ?? null,
      attention: attentionReasons({ joinedAt: m.joinedAt, lastActiveAt: m.lastActiveAt, bestScores: mine.map((s) => s.bestScore) }, now),
    };
  });
  const conceptsOf = new Map(quizzes.flatMap((q) => q.items.map((i) => [i.id, i.concepts] as const)));
  return {
    cohort: summarizeCohort({ ...cohort, members: activity.length }, catalog),
    lessons,
    labs: trackedLabs,
    roster,
    concepts: cohortConcepts(tallies, conceptsOf),
    completions: cumulative(completions),
  };
}
