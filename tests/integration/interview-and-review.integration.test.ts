import "../support/use-test-database";

import { randomBytes } from "node:crypto";

import { Rating } from "ts-fsrs";
import { beforeEach, describe, expect, test, vi } from "vitest";

import { GET as getAssessmentRoute } from "@/app/api/interview/assessments/[id]/route";
import { PUT as putItemRoute } from "@/app/api/interview/assessments/[id]/items/[itemId]/route";
import { POST as startAssessmentRoute } from "@/app/api/interview/assessments/route";
import { PUT as putResponse } from "@/app/api/attempts/[id]/responses/[itemId]/route";
import { POST as submitAttemptRoute } from "@/app/api/attempts/[id]/submit/route";
import { POST as startAttempt } from "@/app/api/quizzes/[slug]/attempts/route";
import { POST as reviewRoute } from "@/app/api/review/cards/[id]/route";
import { GET as dueRoute } from "@/app/api/review/route";
import { loadQuizzes, type LoadedItem } from "@/lib/server/content/quizzes/load-banks";
import { getDb } from "@/lib/server/db";
import { listAssessmentResults } from "@/lib/server/data/interview-assessments/list-assessment-results";
import { createUser } from "@/lib/server/data/users/create-user";
import type { UserDto } from "@/lib/server/data/users/user.dto";
import { publicView } from "@/lib/server/grading/public-item";
import { answerAssessmentItem, answerAssessmentPrompt, getAssessmentView, rateOpenAnswer, startAssessment, submitAssessment, type Clock } from "@/lib/server/interview/assessments";
import { addToReview } from "@/lib/server/review/add-to-review";
import { scheduleFirstAnswer, scheduleReview } from "@/lib/server/review/fsrs-schedule";
import { listDueToday, reviewCard } from "@/lib/server/review/review-session";
import type { OpenAssessment } from "@/lib/interview/types";
import type { PublicItem } from "@/lib/quiz/types";

const viewer = vi.hoisted(() => ({ current: null as UserDto | null }));
vi.mock("@/lib/server/auth/current-user", () => ({ getCurrentUser: async () => viewer.current, hasRole: () => false }));

const base = "http://localhost";
const params = <T extends Record<string, string>>(p: T) => ({ params: Promise.resolve(p) });
const put = (value: unknown) => ({ method: "PUT", body: JSON.stringify(value), headers: { "content-type": "application/json" } });
const post = (value: unknown) => ({ method: "POST", body: JSON.stringify(value), headers: { "content-type": "application/json" } });

async function newLearner(): Promise<UserDto> {
  return createUser({ email: `interview-${randomBytes(4).toString("hex")}@example.com`, firstAccountBecomesAdmin: false });
}

// A clock the test moves by hand: the deadline is checked against it, never against real time.
function manualClock(start: string): Clock & { advance(minutes: number): void } {
  let now = new Date(start).getTime();
  return { now: () => new Date(now), advance: (minutes) => (now += minutes * 60_000) };
}

async function bankItem(itemId: string): Promise<LoadedItem> {
  for (const quiz of await loadQuizzes()) {
    const item = quiz.items.find((i) => i.id === itemId);
    if (item) return item;
  }
  throw new Error(`no item ${itemId}`);
}

// The answer to a public item in its public ids: the key (right) or something else (wrong), for choice and command items.
async function answerFor(item: PublicItem, seed: number, right: boolean): Promise<Record<string, unknown>> {
  const loaded = await bankItem(item.id);
  if ("options" in loaded && loaded.type !== "multiple") {
    const option = loaded.options.find((o) => o.correct === right)!;
    return { choice: publicView(loaded, seed).ids.toPublic.get(option.id)! };
  }
  if (loaded.type === "multiple") {
    const ids = publicView(loaded, seed).ids.toPublic;
    return { choices: loaded.options.filter((o) => o.correct === right).map((o) => ids.get(o.id)!) };
  }
  if (loaded.type === "command") return { command: right ? loaded.answers[0]! : "kubectl version" };
  if (loaded.type === "ordering") {
    const ids = publicView(loaded, seed).ids.toPublic;
    const order = loaded.steps.map((s) => ids.get(s.id)!);
    return { order: right ? order : [...order].reverse() };
  }
  if (loaded.type !== "matching") throw new Error("unexpected item type");
  const ids = publicView(loaded, seed).ids.toPublic;
  const pairs = loaded.pairs.map((p) => [ids.get(p.id)!, ids.get(`=${p.id}`)!] as const);
  const rights = pairs.map(([, r]) => r);
  return { matches: Object.fromEntries(pairs.map(([l], i) => [l, right ? rights[i]! : rights[(i + 1) % rights.length]!])) };
}

async function seedOf(assessmentId: string): Promise<number> {
  return (await getDb().interviewAssessment.findUniqueOrThrow({ where: { id: assessmentId }, select: { seed: true } })).seed;
}

beforeEach(() => {
  viewer.current = null;
});

describe("interview assessment deadline", () => {
  test("answers after the deadline are kept, marked late and not scored; the report says so", async () => {
    const learner = await newLearner();
    const clock = manualClock("2026-12-04T09:00:00Z");
    const { assessmentId, deadline } = await startAssessment(learner, "short", clock);
    expect(deadline).toBe("2026-12-04T09:10:00.000Z");
    const view = (await getAssessmentView(learner, assessmentId, clock)) as OpenAssessment;
    expect(view.items).toHaveLength(8);
    expect(view.prompts).toHaveLength(1);
    const seed = await seedOf(assessmentId);
    const [first, second, third] = view.items;

    clock.advance(2);
    expect(await answerAssessmentItem(learner, { assessmentId, itemId: first!.id, answer: (await answerFor(first!, seed, true)) as never }, clock)).toEqual({ recorded: true, late: false });
    expect(await answerAssessmentPrompt(learner, { assessmentId, promptId: view.prompts[0]!.id, text: "The API server stores it in etcd." }, clock)).toEqual({ recorded: true, late: false });

    clock.advance(9);
    expect(await answerAssessmentItem(learner, { assessmentId, itemId: second!.id, answer: (await answerFor(second!, seed, true)) as never }, clock)).toEqual({ recorded: true, late: true });
    // A late change never replaces the answer given in time.
    expect(await answerAssessmentItem(learner, { assessmentId, itemId: first!.id, answer: (await answerFor(first!, seed, false)) as never }, clock)).toEqual({ recorded: false, late: true });

    clock.advance(1);
    const report = await submitAssessment(learner, { assessmentId, answers: { [third!.id]: (await answerFor(third!, seed, true)) as never } }, clock);
    expect(report).toMatchObject({ submittedLate: true, answeredInTime: 1, lateAnswers: 2, total: 8, submittedAt: "2026-12-04T09:12:00.000Z" });
    expect(report.score).toBe(12.5);
    expect(report.items.find((i) => i.item.id === first!.id)?.review.correct).toBe(true);
    const lateItem = report.items.find((i) => i.item.id === second!.id)!;
    expect(lateItem).toMatchObject({ late: true, review: { score: 0, correct: false } });
    expect(lateItem.review.feedback[0]).toBe("Answered after the time limit: kept, but not scored.");
    const stored = await getDb().assessmentAnswer.findMany({ where: { assessmentId }, select: { itemId: true, late: true } });
    expect(new Map(stored.map((s) => [s.itemId, s.late]))).toEqual(new Map([[first!.id, false], [second!.id, true], [third!.id, true]]));

    await expect(answerAssessmentItem(learner, { assessmentId, itemId: first!.id, answer: (await answerFor(first!, seed, true)) as never }, clock)).rejects.toMatchObject({ status: 409 });
    await expect(submitAssessment(learner, { assessmentId }, clock)).rejects.toMatchObject({ status: 409 });
  });

  test("a report covers every module, rates readiness, lists the weakest concepts, and compares with earlier assessments", async () => {
    const learner = await newLearner();
    const clock = manualClock("2026-12-05T09:00:00Z");
    const firstRun = await startAssessment(learner, "short", clock);
    clock.advance(5);
    const firstReport = await submitAssessment(learner, { assessmentId: firstRun.assessmentId }, clock);
    expect(firstReport.modules.map((m) => m.module)).toEqual(["foundations", "control-plane", "nodes", "networking", "operations", "interview"]);
    expect(firstReport).toMatchObject({ score: 0, verdict: "not-yet", earlier: [] });
    expect(firstReport.weakest).toHaveLength(3);
    for (const weak of firstReport.weakest) expect(weak.section.length).toBeGreaterThan(0);

    clock.advance(60);
    const second = await startAssessment(learner, "short", clock);
    const view = (await getAssessmentView(learner, second.assessmentId, clock)) as OpenAssessment;
    const seed = await seedOf(second.assessmentId);
    const answers = Object.fromEntries(await Promise.all(view.items.map(async (i) => [i.id, await answerFor(i, seed, true)] as const)));
    clock.advance(5);
    const report = await submitAssessment(learner, { assessmentId: second.assessmentId, answers: answers as never, openAnswers: { [view.prompts[0]!.id]: "My answer." } }, clock);
    expect(report).toMatchObject({ score: 100, verdict: "ready", submittedLate: false, weakest: [] });
    expect(report.earlier).toEqual([{ id: firstRun.assessmentId, submittedAt: firstReport.submittedAt, score: 0, verdict: "not-yet" }]);
    expect(report.moduleChanges.every((m) => m.change === 100)).toBe(true);

    const prompt = report.prompts[0]!;
    const ratings = Object.fromEntries(prompt.points.map((p, i) => [p.id, i === 0 ? "covered" : "missed"] as const));
    const rated = await rateOpenAnswer(learner, { assessmentId: second.assessmentId, promptId: prompt.id, ratings }, clock);
    expect(rated.prompts[0]).toMatchObject({ ratings, selfScore: Math.round(100 / prompt.points.length) });
    await expect(rateOpenAnswer(learner, { assessmentId: second.assessmentId, promptId: prompt.id, ratings: { nope: "covered" } }, clock)).rejects.toMatchObject({ status: 400 });

    const results = await listAssessmentResults({ userId: learner.id, limit: 10 });
    expect(results.map((r) => [r.id, r.score, r.verdict])).toEqual([
      [second.assessmentId, 100, "ready"],
      [firstRun.assessmentId, 0, "not-yet"],
    ]);
  });
});

describe("ownership", () => {
  test("another learner's assessment is not found, through the API too", async () => {
    const owner = await newLearner();
    viewer.current = owner;
    const started = await startAssessmentRoute(new Request(`${base}/api/interview/assessments`, post({ length: "short" })));
    expect(started.status).toBe(201);
    const { assessmentId } = (await started.json()) as { assessmentId: string };
    const view = (await (await getAssessmentRoute(new Request(`${base}/x`), params({ id: assessmentId }))).json()) as OpenAssessment;
    expect(JSON.stringify(view)).not.toContain('"correct"');

    viewer.current = await newLearner();
    expect((await getAssessmentRoute(new Request(`${base}/x`), params({ id: assessmentId }))).status).toBe(404);
    const item = view.items[0]!;
    expect((await putItemRoute(new Request(`${base}/x`, put({ choice: "o1" })), params({ id: assessmentId, itemId: item.id }))).status).toBe(404);
    viewer.current = null;
    expect((await getAssessmentRoute(new Request(`${base}/x`), params({ id: assessmentId }))).status).toBe(401);
  });

  test("reviewing a card that is not yours or not due is 404", async () => {
    const owner = await newLearner();
    const threeDaysAgo = new Date(Date.now() - 3 * 86_400_000);
    await addToReview({ userId: owner.id, source: "quiz", graded: [{ itemId: "pod-containers-share-localhost", score: 1, correct: true }], now: threeDaysAgo });
    const notDueYet = new Date();
    await addToReview({ userId: owner.id, source: "quiz", graded: [{ itemId: "pods-pause-container-sandbox", score: 1, correct: true }], now: notDueYet });
    const cards = await getDb().reviewCard.findMany({ where: { userId: owner.id }, select: { id: true, itemId: true, version: true } });
    const due = cards.find((c) => c.itemId === "pod-containers-share-localhost")!;

    viewer.current = await newLearner();
    const stranger = await reviewRoute(new Request(`${base}/x`, post({ version: 0, answer: { choice: "o1" } })), params({ id: due.id }));
    expect(stranger.status).toBe(404);
    expect(((await (await dueRoute()).json()) as { cards: unknown[] }).cards).toEqual([]);

    viewer.current = owner;
    const listed = ((await (await dueRoute()).json()) as { cards: { cardId: string }[] }).cards.map((c) => c.cardId);
    expect(listed).toEqual([due.id]);
    const later = cards.find((c) => c.itemId !== due.itemId);
    if (later) expect((await reviewRoute(new Request(`${base}/x`, post({ version: 0, answer: { choice: "o1" } })), params({ id: later.id }))).status).toBe(404);
    expect(await getDb().reviewLog.count({ where: { userId: owner.id, source: "REVIEW" } })).toBe(0);
  });
});

describe("review cards", () => {
  test("a practice answer becomes a card scheduled by ts-fsrs, and an on-time review reschedules it", async () => {
    const learner = await newLearner();
    viewer.current = learner;
    const started = (await (await startAttempt(new Request(`${base}/api/quizzes/pods/attempts`, post({ mode: "practice" })), params({ slug: "pods" }))).json()) as { attemptId: string; seed: number };
    const item = await bankItem("pod-containers-share-localhost");
    const before = Date.now();
    const wrong = await answerFor(publicView(item, started.seed).item, started.seed, false);
    expect((await putResponse(new Request(`${base}/x`, put(wrong)), params({ id: started.attemptId, itemId: item.id }))).status).toBe(200);
    const card = await getDb().reviewCard.findUniqueOrThrow({ where: { userId_itemId: { userId: learner.id, itemId: item.id } } });
    const expected = scheduleFirstAnswer(Rating.Again, card.lastReview!);
    expect(card.lastReview!.getTime()).toBeGreaterThanOrEqual(before);
    expect(card).toMatchObject({ due: expected.due, stability: expected.stability, difficulty: expected.difficulty, reps: 1, version: 0 });

    const reviewAt = card.due;
    const dueCards = await listDueToday(learner, reviewAt);
    const shown = dueCards.find((c) => c.cardId === card.id)!;
    const result = await reviewCard(learner, { cardId: card.id, version: shown.version, answer: (await rightAnswerAsShown(shown.item, item)) as never, now: reviewAt });
    expect(result).toMatchObject({ rating: "good", review: { correct: true } });
    const after = await getDb().reviewCard.findUniqueOrThrow({ where: { id: card.id } });
    const next = scheduleReview(expected, Rating.Good, reviewAt);
    expect(after).toMatchObject({ due: next.due, stability: next.stability, reps: 2, version: 1 });
    expect(await getDb().reviewLog.count({ where: { cardId: card.id } })).toBe(2);

    // Answering the same item again in another practice attempt keeps the one card.
    const again = (await (await startAttempt(new Request(`${base}/x`, post({ mode: "practice" })), params({ slug: "pods" }))).json()) as { attemptId: string; seed: number };
    await putResponse(new Request(`${base}/x`, put(await answerFor(publicView(item, again.seed).item, again.seed, true))), params({ id: again.attemptId, itemId: item.id }));
    expect(await getDb().reviewCard.count({ where: { userId: learner.id, itemId: item.id } })).toBe(1);
  });

  test("two tabs reviewing the same card record one review", async () => {
    const learner = await newLearner();
    await addToReview({ userId: learner.id, source: "quiz", graded: [{ itemId: "pod-containers-share-localhost", score: 0, correct: false }], now: new Date(Date.now() - 5 * 86_400_000) });
    const [shown] = await listDueToday(learner, new Date());
    const answer = (await rightAnswerAsShown(shown!.item, await bankItem(shown!.item.id))) as never;
    const results = await Promise.allSettled([0, 1].map(() => reviewCard(learner, { cardId: shown!.cardId, version: shown!.version, answer, now: new Date() })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ status: 409 });
    expect(await getDb().reviewLog.count({ where: { cardId: shown!.cardId, source: "REVIEW" } })).toBe(1);
    expect((await getDb().reviewCard.findUniqueOrThrow({ where: { id: shown!.cardId } })).version).toBe(1);
  });

  test("an exam's answers become cards at submission, not before", async () => {
    const learner = await newLearner();
    viewer.current = learner;
    const started = (await (await startAttempt(new Request(`${base}/x`, post({ mode: "exam" })), params({ slug: "etcd" }))).json()) as { attemptId: string; seed: number };
    const quiz = (await loadQuizzes()).find((q) => q.slug === "etcd")!;
    const item = quiz.items.find((i) => i.type === "single")!;
    await putResponse(new Request(`${base}/x`, put(await answerFor(publicView(item, started.seed).item, started.seed, true))), params({ id: started.attemptId, itemId: item.id }));
    expect(await getDb().reviewCard.count({ where: { userId: learner.id } })).toBe(0);
    expect((await submitAttemptRoute(new Request(`${base}/x`, post({})), params({ id: started.attemptId }))).status).toBe(200);
    expect((await getDb().reviewCard.findMany({ where: { userId: learner.id }, select: { itemId: true } })).map((c) => c.itemId)).toEqual([item.id]);
  });
});

// The right answer in the public ids of the order a review showed.
async function rightAnswerAsShown(shown: PublicItem, item: LoadedItem): Promise<Record<string, unknown>> {
  if (item.type === "command") return { command: item.answers[0]! };
  if (!("options" in item) || !("options" in shown)) throw new Error("use a choice or command item");
  const texts = new Set(item.options.filter((o) => o.correct).map((o) => o.text));
  const ids = shown.options.filter((o) => texts.has(o.text)).map((o) => o.id);
  return item.type === "multiple" ? { choices: ids } : { choice: ids[0]! };
}
