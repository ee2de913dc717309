import "server-only";

import { MODULES } from "@/lib/content/lesson-frontmatter";
import type { AssessmentDto } from "@/lib/server/data/interview-assessments/assessment.dto";
import { listAssessmentResults } from "@/lib/server/data/interview-assessments/list-assessment-results";
import { gradeAnswer, reviewItem } from "@/lib/server/grading/grade-item";
import { publicView } from "@/lib/server/grading/public-item";
import type { Readiness } from "@/lib/interview/readiness";
import type { AssessmentReport, PromptReport, SelfRating, WeakConcept } from "@/lib/interview/types";

import type { AssessmentContent } from "./assessment-content";
import { scoreAssessment } from "./score-assessment";

const WEAKEST = 3;
const EARLIER = 10;
const SELF_CREDIT: Record<SelfRating, number> = { covered: 1, partly: 0.5, missed: 0 };

function selfScore(ratings: Record<string, SelfRating> | null, points: { id: string }[]): number | null {
  if (!ratings) return null;
  const total = points.reduce((sum, p) => sum + SELF_CREDIT[ratings[p.id] ?? "missed"], 0);
  return Math.round((100 * total) / points.length);
}

/** The report of a submitted assessment, with the learner's earlier assessments for comparison. */
export async function buildReport(assessment: AssessmentDto, content: AssessmentContent): Promise<AssessmentReport> {
  const submittedAt = assessment.submittedAt ?? assessment.deadline;
  const answers = new Map(assessment.answers.map((a) => [a.itemId, a]));
  const drawn = assessment.itemIds.flatMap((id) => {
    const entry = content.items.get(id);
    return entry ? [entry] : [];
  });
  const onTime = new Map(assessment.answers.filter((a) => !a.late).map((a) => [a.itemId, a.score]));
  const scored = scoreAssessment(
    drawn.map((e) => ({ id: e.item.id, module: e.module, concepts: e.item.concepts })),
    onTime,
  );

  const items = drawn.map(({ item }) => {
    const answer = answers.get(item.id);
    const grade = answer ? gradeAnswer(item, answer.answer) : { score: 0, correct: false, feedback: ["Not answered."] };
    const late = answer?.late === true;
    const shown = late ? { ...grade, score: 0, correct: false, feedback: ["Answered after the time limit: kept, but not scored.", ...grade.feedback] } : grade;
    return { item: publicView(item, assessment.seed).item, review: reviewItem(item, assessment.seed, shown), late };
  });

  // Each weak concept links to the lesson section of its lowest-scoring item in this assessment.
  const weakest: WeakConcept[] = scored.concepts
    .filter((c) => c.score < 100)
    .slice(0, WEAKEST)
    .map((c) => {
      const withConcept = drawn.filter((e) => e.item.concepts.includes(c.concept)).sort((a, b) => (onTime.get(a.item.id) ?? 0) - (onTime.get(b.item.id) ?? 0));
      const { item, lessonTitle } = withConcept[0]!;
      return { ...c, lesson: item.lesson, lessonTitle, section: item.section };
    });

  const prompts: PromptReport[] = assessment.promptIds.flatMap((id) => {
    const prompt = content.prompts.get(id);
    if (!prompt) return [];
    const written = assessment.openAnswers.find((o) => o.promptId === id);
    return [
      {
        id,
        module: prompt.module,
        prompt: prompt.prompt,
        answer: written?.text ?? null,
        late: written?.late ?? false,
        modelAnswer: prompt.modelAnswer,
        points: prompt.points,
        ratings: written?.ratings ?? null,
        selfScore: selfScore(written?.ratings ?? null, prompt.points),
        lesson: prompt.lesson,
        section: prompt.section,
      },
    ];
  });

  const earlier = (await listAssessmentResults({ userId: assessment.userId, limit: EARLIER + 1 }))
    .filter((r) => r.id !== assessment.id && r.submittedAt.getTime() <= submittedAt.getTime())
    .slice(0, EARLIER);
  const previous = earlier[0];
  const moduleChanges = previous
    ? scored.modules.flatMap((m) => {
        const before = previous.moduleScores[m.module];
        return before === undefined ? [] : [{ module: m.module, title: MODULES.find((x) => x.id === m.module)?.title ?? m.module, change: Math.round(10 * (m.score - before)) / 10 }];
      })
    : [];

  return {
    status: "submitted",
    assessmentId: assessment.id,
    startedAt: assessment.startedAt.toISOString(),
    deadline: assessment.deadline.toISOString(),
    submittedAt: submittedAt.toISOString(),
    submittedLate: submittedAt.getTime() > assessment.deadline.getTime(),
    score: scored.score,
    total: drawn.length,
    answeredInTime: onTime.size,
    lateAnswers: assessment.answers.filter((a) => a.late).length,
    verdict: scored.verdict,
    modules: scored.modules,
    concepts: scored.concepts,
    weakest,
    items,
    prompts,
    earlier: earlier.map((r) => ({ id: r.id, submittedAt: r.submittedAt.toISOString(), score: r.score, verdict: r.verdict as Readiness })),
    moduleChanges,
  };
}
