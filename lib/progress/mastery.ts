/**
 * Mastery of a concept: the share of a learner's most recent answers on items tagged with it
 * that were right. Only the latest RECENT_PER_CONCEPT answers count, so mastery follows what
 * the learner knows now rather than what they got wrong a month ago.
 */
export const RECENT_PER_CONCEPT = 10;

export type ConceptMastery = { concept: string; answers: number; right: number; mastery: number };

/** `responses` newest first; `conceptsOf` gives an item's concept tags (unknown items are skipped). */
export function conceptMastery(responses: readonly { itemId: string; correct: boolean }[], conceptsOf: (itemId: string) => readonly string[] | undefined): ConceptMastery[] {
  const byConcept = new Map<string, { answers: number; right: number }>();
  for (const response of responses) {
    for (const concept of conceptsOf(response.itemId) ?? []) {
      const tally = byConcept.get(concept) ?? { answers: 0, right: 0 };
      if (tally.answers >= RECENT_PER_CONCEPT) continue;
      tally.answers++;
      if (response.correct) tally.right++;
      byConcept.set(concept, tally);
    }
  }
  return [...byConcept.entries()]
    .map(([concept, t]) => ({ concept, answers: t.answers, right: t.right, mastery: Math.round((100 * t.right) / t.answers) }))
    .sort((a, b) => a.mastery - b.mastery || a.concept.localeCompare(b.concept));
}

export type RecommendationInput = { slug: string; title: string; prerequisites: readonly string[]; done: boolean };

/**
 * The next lesson to study: the first lesson in course order that is not done and whose
 * prerequisites are all done; failing that, the first lesson not done; null when all are done.
 */
export function recommendNextLesson(lessons: readonly RecommendationInput[]): RecommendationInput | null {
  const done = new Set(lessons.filter((l) => l.done).map((l) => l.slug));
  return lessons.find((l) => !l.done && l.prerequisites.every((p) => done.has(p))) ?? lessons.find((l) => !l.done) ?? null;
}
