import "server-only";

import { loadQuizzes } from "@/lib/server/content/quizzes/load-banks";
import { listCohortFirstAttempts } from "@/lib/server/data/cohorts/list-cohort-first-attempts";
import type { UserDto } from "@/lib/server/data/users/user.dto";
import { notFound } from "@/lib/server/http/api-error";
import type { QuizItemAnalysis } from "@/lib/instructor/cohort.types";
import { analyseItems, type AnalysedResponse, type AnalysisItem } from "@/lib/instructor/item-analysis";
import { binScores } from "@/lib/instructor/score-bins";

import { requireOwnCohort } from "./access";

// Option ids a stored answer picked: `{choice}` for single-answer items, `{choices}` for multiple.
function chosenOptions(answer: unknown): string[] {
  const a = answer as { choice?: unknown; choices?: unknown } | null;
  if (typeof a?.choice === "string") return [a.choice];
  if (Array.isArray(a?.choices)) return a.choices.filter((c): c is string => typeof c === "string");
  return [];
}

/**
 * Item analysis of one quiz over the current members' first submitted attempts of it (practice
 * or exam): first attempts measure what the group knew before the quiz itself taught them.
 */
export async function loadQuizItemAnalysis(viewer: UserDto | null, cohortId: string, quizSlug: string): Promise<QuizItemAnalysis> {
  const { cohort } = await requireOwnCohort(viewer, cohortId);
  const quiz = (await loadQuizzes()).find((q) => q.slug === quizSlug);
  if (!quiz) throw notFound(`quiz "${quizSlug}"`);
  const rows = await listCohortFirstAttempts({ cohortId: cohort.id, quizSlug: quiz.slug });
  const attemptScores = new Map<string, number>();
  const responses: AnalysedResponse[] = [];
  for (const row of rows) {
    attemptScores.set(row.attemptId, row.attemptScore);
    if (row.itemId === null || row.score === null || row.correct === null) continue;
    responses.push({ attemptId: row.attemptId, itemId: row.itemId, score: row.score, correct: row.correct, chosen: chosenOptions(row.answer) });
  }
  const items: AnalysisItem[] = quiz.items.map((item) => ({
    id: item.id,
    prompt: item.prompt,
    type: item.type,
    options: "options" in item ? item.options.map((o) => ({ id: o.id, text: o.text, correct: o.correct })) : null,
  }));
  return {
    quiz: { slug: quiz.slug, title: quiz.title },
    attempts: attemptScores.size,
    scoreBins: binScores([...attemptScores.values()]),
    items: analyseItems(items, responses),
  };
}
