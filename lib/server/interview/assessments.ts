import "server-only";

import { randomInt } from "node:crypto";

import type { InterviewPrompt } from "@/lib/server/content/interview/prompt-schema";
import { createAssessment } from "@/lib/server/data/interview-assessments/create-assessment";
import type { AssessmentDto, SelfRatingValue } from "@/lib/server/data/interview-assessments/assessment.dto";
import { getAssessment } from "@/lib/server/data/interview-assessments/get-assessment";
import { recordAssessmentAnswer, type AnswerRecordOutcome, type GradedAnswer } from "@/lib/server/data/interview-assessments/record-assessment-answer";
import { recordOpenAnswer } from "@/lib/server/data/interview-assessments/record-open-answer";
import { saveSelfRatings } from "@/lib/server/data/interview-assessments/save-self-ratings";
import { submitAssessment as closeAssessment } from "@/lib/server/data/interview-assessments/submit-assessment";
import type { UserDto } from "@/lib/server/data/users/user.dto";
import { gradeAnswer, publicAnswer } from "@/lib/server/grading/grade-item";
import { publicView } from "@/lib/server/grading/public-item";
import { ApiError, notFound } from "@/lib/server/http/api-error";
import { resolveOrReject } from "@/lib/server/quizzes/resolve-answer";
import { addToReview } from "@/lib/server/review/add-to-review";
import type { AssessmentLength, AssessmentReport, AssessmentView, OpenAssessment } from "@/lib/interview/types";
import type { ItemAnswer } from "@/lib/validation/quiz";

import { loadAssessmentContent, type AssessmentContent } from "./assessment-content";
import { buildReport } from "./assessment-report";
import { ASSESSMENT_LENGTHS, drawItems, drawPrompts } from "./blueprint";
import { scoreAssessment } from "./score-assessment";

/** The clock of the assessment rules; tests pass their own. */
export type Clock = { now(): Date };

export const systemClock: Clock = { now: () => new Date() };

function requireViewer(viewer: UserDto | null): UserDto {
  if (!viewer) throw new ApiError(401, "unauthorized", "sign in to take an interview assessment");
  return viewer;
}

async function requireAssessment(viewer: UserDto | null, assessmentId: string): Promise<AssessmentDto> {
  const { id: userId } = requireViewer(viewer);
  const assessment = assessmentId.length <= 40 ? await getAssessment({ id: assessmentId, userId }) : null;
  if (!assessment) throw notFound("assessment");
  return assessment;
}

function requireDrawnItem(content: AssessmentContent, assessment: AssessmentDto, itemId: string) {
  const entry = assessment.itemIds.includes(itemId) ? content.items.get(itemId) : undefined;
  if (!entry) throw notFound(`item "${itemId}" of this assessment`);
  return entry.item;
}

function requireDrawnPrompt(content: AssessmentContent, assessment: AssessmentDto, promptId: string): InterviewPrompt {
  const prompt = assessment.promptIds.includes(promptId) ? content.prompts.get(promptId) : undefined;
  if (!prompt) throw notFound(`prompt "${promptId}" of this assessment`);
  return prompt;
}

function grade(content: AssessmentContent, assessment: AssessmentDto, itemId: string, answer: ItemAnswer): GradedAnswer {
  const item = requireDrawnItem(content, assessment, itemId);
  const stored = resolveOrReject(item, answer, assessment.seed);
  const { score, correct } = gradeAnswer(item, stored);
  return { itemId, answer: stored, score, correct };
}

export type SaveOutcome = { recorded: boolean; late: boolean };

function saved(outcome: AnswerRecordOutcome): SaveOutcome {
  switch (outcome.kind) {
    case "not-found":
      throw notFound("assessment");
    case "submitted":
      throw new ApiError(409, "assessment_submitted", "this assessment has been submitted; its answers can no longer change");
    case "kept-on-time":
      return { recorded: false, late: true };
    default:
      return { recorded: true, late: outcome.late };
  }
}

/** Draws a new assessment by the blueprint and starts its clock. */
export async function startAssessment(viewer: UserDto | null, length: AssessmentLength, clock: Clock = systemClock): Promise<{ assessmentId: string; deadline: string }> {
  const { id: userId } = requireViewer(viewer);
  const content = await loadAssessmentContent();
  const seed = randomInt(0, 2 ** 31 - 1);
  const shape = ASSESSMENT_LENGTHS[length];
  const bankItems = [...content.items.values()].map((e) => ({ id: e.item.id, module: e.module, lesson: e.item.lesson }));
  const startedAt = clock.now();
  const assessment = await createAssessment({
    userId,
    seed,
    itemIds: drawItems(bankItems, { count: shape.items, seed }),
    promptIds: drawPrompts([...content.prompts.values()], { count: shape.prompts, seed }),
    startedAt,
    deadline: new Date(startedAt.getTime() + shape.minutes * 60_000),
  });
  return { assessmentId: assessment.id, deadline: assessment.deadline.toISOString() };
}

/** Saves one item answer: no feedback until the end; after the deadline it is kept but marked late. */
export async function answerAssessmentItem(viewer: UserDto | null, options: { assessmentId: string; itemId: string; answer: ItemAnswer }, clock: Clock = systemClock): Promise<SaveOutcome> {
  const assessment = await requireAssessment(viewer, options.assessmentId);
  const graded = grade(await loadAssessmentContent(), assessment, options.itemId, options.answer);
  return saved(await recordAssessmentAnswer({ assessmentId: assessment.id, userId: assessment.userId, now: clock.now(), ...graded }));
}

/** Saves the written answer to an open prompt, with the same deadline rule. */
export async function answerAssessmentPrompt(viewer: UserDto | null, options: { assessmentId: string; promptId: string; text: string }, clock: Clock = systemClock): Promise<SaveOutcome> {
  const assessment = await requireAssessment(viewer, options.assessmentId);
  requireDrawnPrompt(await loadAssessmentContent(), assessment, options.promptId);
  return saved(await recordOpenAnswer({ assessmentId: assessment.id, userId: assessment.userId, now: clock.now(), promptId: options.promptId, text: options.text }));
}

/**
 * Closes the assessment and returns its report. Answers sent with the submission are stored
 * first; past the deadline they are kept, marked late, and not scored. Every answered item
 * joins the learner's spaced review.
 */
export async function submitAssessment(
  viewer: UserDto | null,
  options: { assessmentId: string; answers?: Record<string, ItemAnswer>; openAnswers?: Record<string, string> },
  clock: Clock = systemClock,
): Promise<AssessmentReport> {
  const assessment = await requireAssessment(viewer, options.assessmentId);
  const content = await loadAssessmentContent();
  const answers = Object.entries(options.answers ?? {}).map(([itemId, answer]) => grade(content, assessment, itemId, answer));
  const openAnswers = Object.entries(options.openAnswers ?? {}).map(([promptId, text]) => ({ promptId: requireDrawnPrompt(content, assessment, promptId).id, text }));
  const scored = assessment.itemIds.flatMap((id) => {
    const entry = content.items.get(id);
    return entry ? [{ id, module: entry.module, concepts: entry.item.concepts }] : [];
  });
  const now = clock.now();
  const outcome = await closeAssessment({
    assessmentId: assessment.id,
    userId: assessment.userId,
    now,
    answers,
    openAnswers,
    score: (onTime) => {
      const result = scoreAssessment(scored, onTime);
      return { score: result.score, verdict: result.verdict, moduleScores: Object.fromEntries(result.modules.map((m) => [m.module, m.score])) };
    },
  });
  if (outcome.kind === "not-found") throw notFound("assessment");
  if (outcome.kind === "already-submitted") throw new ApiError(409, "assessment_submitted", "this assessment has already been submitted");
  const closed = await requireAssessment(viewer, assessment.id);
  await addToReview({ userId: closed.userId, source: "assessment", graded: closed.answers, now });
  return buildReport(closed, content);
}

/** Stores the learner's self-rating of a written answer against each rubric point of its prompt. */
export async function rateOpenAnswer(viewer: UserDto | null, options: { assessmentId: string; promptId: string; ratings: Record<string, SelfRatingValue> }, clock: Clock = systemClock): Promise<AssessmentReport> {
  const assessment = await requireAssessment(viewer, options.assessmentId);
  const content = await loadAssessmentContent();
  const prompt = requireDrawnPrompt(content, assessment, options.promptId);
  const unknown = Object.keys(options.ratings).find((id) => !prompt.points.some((p) => p.id === id));
  if (unknown) throw new ApiError(400, "invalid_rating", `ratings.${unknown}: not a key point of this prompt`, `ratings.${unknown}`);
  const missing = prompt.points.find((p) => !(p.id in options.ratings));
  if (missing) throw new ApiError(400, "invalid_rating", `ratings.${missing.id}: rate every key point`, `ratings.${missing.id}`);
  const outcome = await saveSelfRatings({ assessmentId: assessment.id, userId: assessment.userId, promptId: prompt.id, ratings: options.ratings, now: clock.now() });
  if (outcome.kind === "not-submitted") throw new ApiError(409, "assessment_open", "rate your answers once the assessment is submitted and the model answers are shown");
  if (outcome.kind === "not-found") throw notFound(`written answer to prompt "${prompt.id}"`);
  return buildReport(await requireAssessment(viewer, assessment.id), content);
}

/** The assessment for its owner: the open sitting (items without keys, saved answers) or the report. */
export async function getAssessmentView(viewer: UserDto | null, assessmentId: string, clock: Clock = systemClock): Promise<AssessmentView> {
  const assessment = await requireAssessment(viewer, assessmentId);
  const content = await loadAssessmentContent();
  if (assessment.submittedAt) return buildReport(assessment, content);
  const items = assessment.itemIds.flatMap((id) => {
    const entry = content.items.get(id);
    return entry ? [entry.item] : [];
  });
  const open: OpenAssessment = {
    status: "open",
    assessmentId: assessment.id,
    startedAt: assessment.startedAt.toISOString(),
    deadline: assessment.deadline.toISOString(),
    serverNow: clock.now().toISOString(),
    items: items.map((item) => publicView(item, assessment.seed).item),
    prompts: assessment.promptIds.flatMap((id) => {
      const p = content.prompts.get(id);
      return p ? [{ id: p.id, module: p.module, prompt: p.prompt }] : [];
    }),
    answers: Object.fromEntries(
      assessment.answers.flatMap((a) => {
        const entry = content.items.get(a.itemId);
        return entry ? [[a.itemId, publicAnswer(entry.item, assessment.seed, a.answer)]] : [];
      }),
    ),
    openAnswers: Object.fromEntries(assessment.openAnswers.map((o) => [o.promptId, o.text])),
  };
  return open;
}
