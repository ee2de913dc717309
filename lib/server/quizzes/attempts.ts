import "server-only";

import { randomInt } from "node:crypto";

import { hasRole } from "@/lib/server/auth/current-user";
import type { Quiz, LoadedItem } from "@/lib/server/content/quizzes/load-banks";
import { isLearnerInOwnedCohort } from "@/lib/server/data/cohorts/is-learner-in-owned-cohort";
import type { UserDto } from "@/lib/server/data/users/user.dto";
import { createQuizAttempt } from "@/lib/server/data/quiz-attempts/create-quiz-attempt";
import { getAttemptHeader } from "@/lib/server/data/quiz-attempts/get-attempt-header";
import { getQuizAttempt } from "@/lib/server/data/quiz-attempts/get-quiz-attempt";
import type { QuizAttemptDto } from "@/lib/server/data/quiz-attempts/quiz-attempt.dto";
import { recordItemResponse } from "@/lib/server/data/quiz-attempts/record-item-response";
import { submitQuizAttempt } from "@/lib/server/data/quiz-attempts/submit-quiz-attempt";
import { gradeAnswer, publicAnswer, reviewItem, type StoredAnswer } from "@/lib/server/grading/grade-item";
import { ApiError, notFound } from "@/lib/server/http/api-error";
import { addToReview } from "@/lib/server/review/add-to-review";
import type { AttemptResult, AttemptView, ConceptScore, ItemReview } from "@/lib/quiz/types";
import type { ItemAnswer } from "@/lib/validation/quiz";

import { decodeGuestAttempt, encodeGuestAttempt } from "./guest-attempt";
import { requireQuiz } from "./public-quiz";
import { resolveOrReject } from "./resolve-answer";

type Mode = "practice" | "exam";

/** The attempt behind an id as this viewer may see it; anyone else's attempt is "not found". */
type OpenedAttempt =
  | { kind: "stored"; quiz: Quiz; attempt: QuizAttemptDto }
  | { kind: "guest"; quiz: Quiz; id: string; mode: Mode; seed: number; startedAt: Date };

/** "read" also lets the instructor of a cohort the owner is currently in see the attempt; only the owner may "write". */
type Access = "read" | "write";

async function mayOpen(viewer: UserDto | null, ownerId: string, access: Access): Promise<boolean> {
  if (!viewer) return false;
  if (viewer.id === ownerId) return true;
  return access === "read" && hasRole(viewer, "instructor") && isLearnerInOwnedCohort({ instructorId: viewer.id, learnerId: ownerId });
}

async function openAttempt(viewer: UserDto | null, attemptId: string, access: Access): Promise<OpenedAttempt> {
  const guest = decodeGuestAttempt(attemptId);
  if (guest) return { kind: "guest", quiz: await requireQuiz(guest.quizSlug), id: attemptId, mode: guest.mode, seed: guest.seed, startedAt: guest.startedAt };
  const attempt = viewer && attemptId.length <= 40 ? await getQuizAttempt({ id: attemptId }) : null;
  if (!attempt || !(await mayOpen(viewer, attempt.userId, access))) throw notFound("attempt");
  return { kind: "stored", quiz: await requireQuiz(attempt.quizSlug), attempt };
}

function requireItem(quiz: Quiz, itemId: string): LoadedItem {
  const item = quiz.items.find((i) => i.id === itemId);
  if (!item) throw notFound(`item "${itemId}" of quiz "${quiz.slug}"`);
  return item;
}

/** Starts an attempt: stored for a signed-in learner, carried in its id for a guest. */
export async function startAttempt(viewer: UserDto | null, quizSlug: string, mode: Mode): Promise<{ attemptId: string; seed: number; mode: Mode }> {
  const quiz = await requireQuiz(quizSlug);
  const seed = randomInt(0, 2 ** 31 - 1);
  if (!viewer) return { attemptId: encodeGuestAttempt({ quizSlug: quiz.slug, mode, seed, startedAt: new Date() }), seed, mode };
  const attempt = await createQuizAttempt({ userId: viewer.id, quizSlug: quiz.slug, mode, seed });
  return { attemptId: attempt.id, seed, mode };
}

export type AnswerOutcome = { itemId: string; recorded: boolean; review: ItemReview | null };

/**
 * Records one answer. Practice mode answers with the grade, the key and the explanations at
 * once; exam mode only acknowledges until submission. The same answer twice is stored once.
 */
export async function answerItem(viewer: UserDto | null, attemptId: string, itemId: string, answer: ItemAnswer): Promise<AnswerOutcome> {
  const guest = decodeGuestAttempt(attemptId);
  if (guest) {
    const item = requireItem(await requireQuiz(guest.quizSlug), itemId);
    const grade = gradeAnswer(item, resolveOrReject(item, answer, guest.seed));
    return { itemId, recorded: false, review: guest.mode === "practice" ? reviewItem(item, guest.seed, grade) : null };
  }
  // Answering is the hottest request of a quiz: it reads the attempt without its responses.
  const attempt = viewer && attemptId.length <= 40 ? await getAttemptHeader({ id: attemptId }) : null;
  if (!attempt || attempt.userId !== viewer?.id) throw notFound("attempt");
  const item = requireItem(await requireQuiz(attempt.quizSlug), itemId);
  const stored = resolveOrReject(item, answer, attempt.seed);
  const grade = gradeAnswer(item, stored);
  const outcome = await recordItemResponse({
    attemptId: attempt.id,
    userId: attempt.userId,
    itemId,
    answer: stored,
    score: grade.score,
    correct: grade.correct,
  });
  switch (outcome.kind) {
    case "not-found":
      throw notFound("attempt");
    case "submitted":
      throw new ApiError(409, "attempt_submitted", "this attempt has been submitted; its answers can no longer change");
    case "already-answered":
      throw new ApiError(409, "already_answered", "this item was already answered in practice mode, where the first answer counts; start a new attempt to try again");
    default:
      // A practice answer is graded at once, so it joins the learner's review now; exam answers join at submission.
      if (attempt.mode === "practice" && outcome.kind === "recorded") await addToReview({ userId: attempt.userId, source: "quiz", graded: [{ itemId, ...grade }], now: new Date() });
      return { itemId, recorded: outcome.kind === "recorded", review: attempt.mode === "practice" ? reviewItem(item, attempt.seed, grade) : null };
  }
}

function conceptScores(quiz: Quiz, scores: Map<string, number>): ConceptScore[] {
  const byConcept = new Map<string, number[]>();
  for (const item of quiz.items) {
    for (const concept of item.concepts) byConcept.set(concept, [...(byConcept.get(concept) ?? []), scores.get(item.id) ?? 0]);
  }
  return [...byConcept.entries()]
    .map(([concept, values]) => ({ concept, items: values.length, score: Math.round((100 * values.reduce((a, b) => a + b, 0)) / values.length) }))
    .sort((a, b) => a.score - b.score || a.concept.localeCompare(b.concept));
}

/** The score of an attempt: the mean credit of every item of the quiz (unanswered items count 0), in percent. */
export function attemptScore(quiz: Quiz, scores: Map<string, number>): number {
  const total = quiz.items.reduce((sum, item) => sum + (scores.get(item.id) ?? 0), 0);
  return Math.round((1000 * total) / quiz.items.length) / 10;
}

function buildResult(options: { attemptId: string; quiz: Quiz; mode: Mode; seed: number; answers: Map<string, StoredAnswer>; submittedAt: Date }): AttemptResult {
  const { quiz, seed, answers } = options;
  const items: ItemReview[] = [];
  const scores = new Map<string, number>();
  for (const item of quiz.items) {
    const answer = answers.get(item.id);
    const grade = answer ? gradeAnswer(item, answer) : { score: 0, correct: false, feedback: ["Not answered."] };
    scores.set(item.id, grade.score);
    items.push(reviewItem(item, seed, grade));
  }
  return {
    attemptId: options.attemptId,
    quiz: quiz.slug,
    mode: options.mode,
    score: attemptScore(quiz, scores),
    answered: answers.size,
    total: quiz.items.length,
    items,
    concepts: conceptScores(quiz, scores),
    submittedAt: options.submittedAt.toISOString(),
  };
}

/** Closes and grades an attempt. A guest sends their answers with the submission. */
export async function submitAttempt(viewer: UserDto | null, attemptId: string, guestAnswers: Record<string, ItemAnswer> | undefined): Promise<AttemptResult> {
  const opened = await openAttempt(viewer, attemptId, "write");
  if (opened.kind === "guest") {
    const answers = new Map<string, StoredAnswer>();
    for (const [itemId, answer] of Object.entries(guestAnswers ?? {})) answers.set(itemId, resolveOrReject(requireItem(opened.quiz, itemId), answer, opened.seed));
    return buildResult({ attemptId, quiz: opened.quiz, mode: opened.mode, seed: opened.seed, answers, submittedAt: new Date() });
  }
  const { attempt, quiz } = opened;
  const outcome = await submitQuizAttempt({ attemptId: attempt.id, userId: attempt.userId, score: (scores) => attemptScore(quiz, scores) });
  if (outcome.kind === "not-found") throw notFound("attempt");
  if (outcome.kind === "already-submitted") throw new ApiError(409, "attempt_submitted", "this attempt has already been submitted");
  if (attempt.mode === "exam") {
    await addToReview({ userId: attempt.userId, source: "quiz", graded: outcome.responses.map((r) => ({ itemId: r.itemId, score: r.score, correct: r.correct })), now: outcome.submittedAt });
  }
  return buildResult({
    attemptId: attempt.id,
    quiz,
    mode: attempt.mode,
    seed: attempt.seed,
    answers: new Map(outcome.responses.map((r) => [r.itemId, r.answer])),
    submittedAt: outcome.submittedAt,
  });
}

/** An attempt for its owner and for the instructor of a cohort the owner is in; 404 for anyone else. */
export async function getAttemptView(viewer: UserDto | null, attemptId: string): Promise<AttemptView> {
  const opened = await openAttempt(viewer, attemptId, "read");
  if (opened.kind === "guest") {
    return { attemptId, quiz: opened.quiz.slug, mode: opened.mode, seed: opened.seed, startedAt: opened.startedAt.toISOString(), submittedAt: null, answers: {}, reviews: {}, result: null };
  }
  const { attempt, quiz } = opened;
  const answers: Record<string, unknown> = {};
  const reviews: Record<string, ItemReview> = {};
  for (const response of attempt.responses) {
    const item = quiz.items.find((i) => i.id === response.itemId);
    if (!item) continue;
    answers[item.id] = publicAnswer(item, attempt.seed, response.answer);
    if (attempt.mode === "practice" || attempt.submittedAt) reviews[item.id] = reviewItem(item, attempt.seed, gradeAnswer(item, response.answer));
  }
  const result = attempt.submittedAt
    ? buildResult({ attemptId: attempt.id, quiz, mode: attempt.mode, seed: attempt.seed, answers: new Map(attempt.responses.map((r) => [r.itemId, r.answer])), submittedAt: attempt.submittedAt })
    : null;
  return { attemptId: attempt.id, quiz: quiz.slug, mode: attempt.mode, seed: attempt.seed, startedAt: attempt.startedAt.toISOString(), submittedAt: attempt.submittedAt?.toISOString() ?? null, answers, reviews, result };
}
