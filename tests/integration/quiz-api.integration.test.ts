import "../support/use-test-database";

import { randomBytes } from "node:crypto";

import { beforeEach, describe, expect, test, vi } from "vitest";

import { GET as getAttempt } from "@/app/api/attempts/[id]/route";
import { PUT as putResponse } from "@/app/api/attempts/[id]/responses/[itemId]/route";
import { POST as submit } from "@/app/api/attempts/[id]/submit/route";
import { POST as startAttempt } from "@/app/api/quizzes/[slug]/attempts/route";
import { GET as getQuiz } from "@/app/api/quizzes/[slug]/route";
import { loadQuizzes, type LoadedItem } from "@/lib/server/content/quizzes/load-banks";
import { getDb } from "@/lib/server/db";
import { createUser } from "@/lib/server/data/users/create-user";
import type { UserDto } from "@/lib/server/data/users/user.dto";
import { publicView } from "@/lib/server/grading/public-item";

const viewer = vi.hoisted(() => ({ current: null as UserDto | null }));
vi.mock("@/lib/server/auth/current-user", () => ({ getCurrentUser: async () => viewer.current, hasRole: () => false }));

async function newLearner(): Promise<UserDto> {
  return createUser({ email: `quiz-${randomBytes(4).toString("hex")}@example.com`, firstAccountBecomesAdmin: false });
}

const base = "http://localhost";
const params = <T extends Record<string, string>>(p: T) => ({ params: Promise.resolve(p) });
const body = (value: unknown) => ({ method: "PUT", body: JSON.stringify(value), headers: { "content-type": "application/json" } });

async function start(slug: string, mode: "practice" | "exam") {
  const response = await startAttempt(new Request(`${base}/api/quizzes/${slug}/attempts`, { method: "POST", body: JSON.stringify({ mode }) }), params({ slug }));
  expect(response.status).toBe(201);
  return (await response.json()) as { attemptId: string; seed: number };
}

function answer(attemptId: string, itemId: string, value: unknown) {
  return putResponse(new Request(`${base}/api/attempts/${attemptId}/responses/${itemId}`, body(value)), params({ id: attemptId, itemId }));
}

async function podsItems(): Promise<LoadedItem[]> {
  const quiz = (await loadQuizzes()).find((q) => q.slug === "pods");
  if (!quiz) throw new Error("the pods quiz is missing");
  return quiz.items;
}

// The public id of an item's right (or a wrong) option in an attempt with this seed.
async function choiceOf(itemId: string, seed: number, right: boolean): Promise<string> {
  const item = (await podsItems()).find((i) => i.id === itemId)!;
  if (!("options" in item)) throw new Error(`${itemId} is not a choice item`);
  const option = item.options.find((o) => o.correct === right)!;
  return publicView(item, seed).ids.toPublic.get(option.id)!;
}

const SINGLE = "pod-containers-share-localhost";

beforeEach(() => {
  viewer.current = null;
});

describe("GET /api/quizzes/<slug>", () => {
  test("no quiz response holds a key, an explanation or a why", async () => {
    for (const quiz of await loadQuizzes()) {
      const response = await getQuiz(new Request(`${base}/api/quizzes/${quiz.slug}?seed=7`), params({ slug: quiz.slug }));
      expect(response.status).toBe(200);
      const text = await response.text();
      for (const key of ['"correct"', '"why"', '"explanation"', '"answers"', '"mistakes"', '"pairs"']) expect(text, `${quiz.slug} ${key}`).not.toContain(key);
      const parsed = JSON.parse(text) as { items: { id: string }[] };
      expect(parsed.items).toHaveLength(quiz.items.length);
      for (const item of quiz.items) {
        const shown = JSON.stringify(parsed.items.find((i) => i.id === item.id));
        expect(shown, `${item.id} explanation`).not.toContain(JSON.stringify(item.explanation).slice(1, -1));
        if (item.type === "command") for (const a of item.answers) expect(shown, `${item.id} answer`).not.toContain(JSON.stringify(a).slice(1, -1));
      }
    }
  });

  test("an unknown quiz is 404 and a bad seed is 400", async () => {
    expect((await getQuiz(new Request(`${base}/api/quizzes/nope`), params({ slug: "nope" }))).status).toBe(404);
    const bad = await getQuiz(new Request(`${base}/api/quizzes/pods?seed=-1`), params({ slug: "pods" }));
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { field: string }).field).toBe("seed");
  });
});

describe("practice attempts", () => {
  test("an answer is graded at once, and the same answer twice is stored once", async () => {
    viewer.current = await newLearner();
    const { attemptId, seed } = await start("pods", "practice");
    const choice = await choiceOf(SINGLE, seed, true);
    const first = await answer(attemptId, SINGLE, { choice });
    expect(first.status).toBe(200);
    const graded = (await first.json()) as { recorded: boolean; review: { correct: boolean; explanation: string; key: { correct: string[] } } };
    expect(graded.recorded).toBe(true);
    expect(graded.review).toMatchObject({ correct: true, key: { correct: [choice] } });
    expect(graded.review.explanation.length).toBeGreaterThan(10);

    const again = (await (await answer(attemptId, SINGLE, { choice })).json()) as { recorded: boolean };
    expect(again.recorded).toBe(false);
    expect(await getDb().itemResponse.count({ where: { attemptId } })).toBe(1);

    const changed = await answer(attemptId, SINGLE, { choice: await choiceOf(SINGLE, seed, false) });
    expect(changed.status).toBe(409);
    expect(await getDb().itemResponse.count({ where: { attemptId } })).toBe(1);
  });

  test("the same answer sent from two tabs at once is stored once, and both get the grade", async () => {
    viewer.current = await newLearner();
    const { attemptId, seed } = await start("pods", "practice");
    const choice = await choiceOf(SINGLE, seed, true);
    const [a, b] = await Promise.all([answer(attemptId, SINGLE, { choice }), answer(attemptId, SINGLE, { choice })]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const recorded = await Promise.all([a.json(), b.json()]) as { recorded: boolean }[];
    expect(recorded.map((r) => r.recorded).sort()).toEqual([false, true]);
    expect(await getDb().itemResponse.count({ where: { attemptId } })).toBe(1);
  });

  test("one learner answering in many quizzes at once has every answer recorded", async () => {
    viewer.current = await newLearner();
    const quizzes = await loadQuizzes();
    const statuses = await Promise.all(
      quizzes.map(async (quiz) => {
        const { attemptId, seed } = await start(quiz.slug, "practice");
        const singles = quiz.items.filter((item) => item.type === "single");
        const sent = await Promise.all(
          singles.map((item) => {
            const option = "options" in item ? item.options[0]! : undefined;
            return answer(attemptId, item.id, { choice: publicView(item, seed).ids.toPublic.get(option!.id) });
          }),
        );
        return { attemptId, expected: singles.length, statuses: sent.map((r) => r.status) };
      }),
    );
    for (const { attemptId, expected, statuses: codes } of statuses) {
      expect(codes).toEqual(Array(expected).fill(200));
      expect(await getDb().itemResponse.count({ where: { attemptId } })).toBe(expected);
    }
    expect(statuses.reduce((n, s) => n + s.expected, 0)).toBeGreaterThan(40);
  });

  test("wrong shapes, unknown items and bodies too large are refused and store nothing", async () => {
    viewer.current = await newLearner();
    const { attemptId } = await start("pods", "practice");
    const wrongShape = await answer(attemptId, SINGLE, { choices: ["o1"] });
    expect(wrongShape.status).toBe(400);
    expect(((await wrongShape.json()) as { field: string; message: string })).toMatchObject({ field: "choice" });
    const notAnAnswer = await answer(attemptId, SINGLE, { pick: "o1" });
    expect(notAnAnswer.status).toBe(400);
    expect(((await notAnAnswer.json()) as { message: string }).message).toContain('"choice"');
    expect((await answer(attemptId, SINGLE, { choice: "o99" })).status).toBe(400);
    expect((await answer(attemptId, "no-such-item", { choice: "o1" })).status).toBe(404);
    expect((await answer(attemptId, SINGLE, { command: "x".repeat(20_000) })).status).toBe(413);
    const notJson = await putResponse(new Request(`${base}/x`, { method: "PUT", body: "{not json" }), params({ id: attemptId, itemId: SINGLE }));
    expect(notJson.status).toBe(400);
    expect(await getDb().itemResponse.count({ where: { attemptId } })).toBe(0);
  });
});

describe("exam attempts", () => {
  test("answers can change until submission; the grade comes at the end; nothing changes after", async () => {
    viewer.current = await newLearner();
    const { attemptId, seed } = await start("pods", "exam");
    const saved = (await (await answer(attemptId, SINGLE, { choice: await choiceOf(SINGLE, seed, false) })).json()) as { review: unknown };
    expect(saved.review).toBeNull();
    expect((await answer(attemptId, SINGLE, { choice: await choiceOf(SINGLE, seed, true) })).status).toBe(200);

    const open = (await (await getAttempt(new Request(`${base}/x`), params({ id: attemptId }))).json()) as { reviews: object; result: unknown };
    expect(open.reviews).toEqual({});
    expect(open.result).toBeNull();

    const response = await submit(new Request(`${base}/x`, { method: "POST" }), params({ id: attemptId }));
    expect(response.status).toBe(200);
    const result = (await response.json()) as { score: number; answered: number; total: number; items: { itemId: string; correct: boolean }[]; concepts: { concept: string }[] };
    const total = (await podsItems()).length;
    expect(result).toMatchObject({ answered: 1, total });
    expect(result.score).toBeCloseTo(Math.round(1000 / total) / 10);
    expect(result.items.find((i) => i.itemId === SINGLE)?.correct).toBe(true);
    expect(result.concepts.map((c) => c.concept)).toContain("pod");

    expect((await answer(attemptId, SINGLE, { choice: await choiceOf(SINGLE, seed, false) })).status).toBe(409);
    expect((await submit(new Request(`${base}/x`, { method: "POST" }), params({ id: attemptId }))).status).toBe(409);
    const stored = await getDb().quizAttempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(stored.score).toBe(result.score);
  });
});

describe("ownership", () => {
  test("another learner or a guest gets 404 for an attempt that is not theirs", async () => {
    const owner = await newLearner();
    viewer.current = owner;
    const { attemptId, seed } = await start("pods", "practice");
    const choice = await choiceOf(SINGLE, seed, true);

    viewer.current = await newLearner();
    expect((await getAttempt(new Request(`${base}/x`), params({ id: attemptId }))).status).toBe(404);
    expect((await answer(attemptId, SINGLE, { choice })).status).toBe(404);
    expect((await submit(new Request(`${base}/x`, { method: "POST" }), params({ id: attemptId }))).status).toBe(404);
    viewer.current = null;
    expect((await getAttempt(new Request(`${base}/x`), params({ id: attemptId }))).status).toBe(404);
    expect(await getDb().itemResponse.count({ where: { attemptId } })).toBe(0);

    viewer.current = owner;
    expect((await getAttempt(new Request(`${base}/x`), params({ id: attemptId }))).status).toBe(200);
  });
});

describe("guests", () => {
  test("take a quiz and get graded without anything stored", async () => {
    const attempts = await getDb().quizAttempt.count();
    const responses = await getDb().itemResponse.count();
    const { attemptId, seed } = await start("pods", "practice");
    expect(attemptId.startsWith("guest_")).toBe(true);
    const choice = await choiceOf(SINGLE, seed, true);
    const graded = (await (await answer(attemptId, SINGLE, { choice })).json()) as { recorded: boolean; review: { correct: boolean } };
    expect(graded).toMatchObject({ recorded: false, review: { correct: true } });
    const response = await submit(new Request(`${base}/x`, { method: "POST", body: JSON.stringify({ responses: { [SINGLE]: { choice } } }) }), params({ id: attemptId }));
    const result = (await response.json()) as { answered: number };
    expect(result.answered).toBe(1);
    expect(await getDb().quizAttempt.count()).toBe(attempts);
    expect(await getDb().itemResponse.count()).toBe(responses);
  });
});
