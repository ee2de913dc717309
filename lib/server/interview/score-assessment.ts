import { MODULES } from "@/lib/content/lesson-frontmatter";
import { readinessVerdict, type Readiness } from "@/lib/interview/readiness";
import type { ConceptResult, ModuleResult } from "@/lib/interview/types";

export type ScoredItem = { id: string; module: string; concepts: string[] };

export type AssessmentScore = { score: number; verdict: Readiness; modules: ModuleResult[]; concepts: ConceptResult[] };

const percent = (values: number[]) => (values.length === 0 ? 0 : Math.round((1000 * values.reduce((a, b) => a + b, 0)) / values.length) / 10);

/**
 * Scores an assessment from the credit of the answers given in time (`onTime`, 0-1 by item id):
 * every drawn item counts, so unanswered and late items count 0. Concepts come weakest first.
 */
export function scoreAssessment(items: ScoredItem[], onTime: Map<string, number>): AssessmentScore {
  const credit = (id: string) => onTime.get(id) ?? 0;
  const modules = MODULES.map((m) => {
    const own = items.filter((i) => i.module === m.id);
    return { module: m.id, title: m.title, items: own.length, score: percent(own.map((i) => credit(i.id))) };
  }).filter((m) => m.items > 0);
  const byConcept = new Map<string, number[]>();
  for (const item of items) for (const concept of item.concepts) byConcept.set(concept, [...(byConcept.get(concept) ?? []), credit(item.id)]);
  const concepts = [...byConcept.entries()]
    .map(([concept, values]) => ({ concept, items: values.length, score: percent(values) }))
    .sort((a, b) => a.score - b.score || b.items - a.items || a.concept.localeCompare(b.concept));
  const score = percent(items.map((i) => credit(i.id)));
  return { score, verdict: readinessVerdict({ overall: score, modules }), modules, concepts };
}
