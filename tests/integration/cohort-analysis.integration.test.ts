import "../support/use-test-database";

import { parse } from "csv-parse/sync";
import { expect, test, vi } from "vitest";

import { GET as exportResponses } from "@/app/api/cohorts/[id]/export/responses/route";
import { GET as exportRoster } from "@/app/api/cohorts/[id]/export/roster/route";
import { GET as itemAnalysis } from "@/app/api/cohorts/[id]/item-analysis/route";
import { GET as labAnalysis } from "@/app/api/cohorts/[id]/lab-analysis/route";
import { GET as learnerDetail } from "@/app/api/cohorts/[id]/learners/[userId]/route";
import { GET as dashboard } from "@/app/api/cohorts/[id]/route";
import { getDb } from "@/lib/server/db";
import { createCohort } from "@/lib/server/cohorts/manage-cohorts";
import { joinCohort } from "@/lib/server/cohorts/memberships";
import type { LearnerDetail } from "@/lib/server/cohorts/learner-detail";
import type { UserDto } from "@/lib/server/data/users/user.dto";
import type { CohortDashboard, LabAnalysis, QuizItemAnalysis } from "@/lib/instructor/cohort.types";

import { base, newUser, params } from "../support/cohort-fixtures";
import { rebuildItemTallies } from "../support/item-tally";

const viewer = vi.hoisted(() => ({ current: null as UserDto | null }));
vi.mock("@/lib/server/auth/current-user", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/server/auth/current-user")>()),
  getCurrentUser: async () => viewer.current,
}));

const Q1 = "pod-containers-share-localhost";
const Q2 = "pods-pause-container-sandbox";
const Q3 = "pods-what-containers-share";
const ALL_SHARED = { choices: ["ip-and-ports", "mounted-volumes", "the-node"] };

type Answer = { itemId: string; answer: object; correct: boolean };
const right1 = { itemId: Q1, answer: { choice: "localhost" }, correct: true };
const right2 = { itemId: Q2, answer: { choice: "holds-network-namespace" }, correct: true };
const right3 = { itemId: Q3, answer: ALL_SHARED, correct: true };

let clock = Date.parse("2026-12-01T10:00:00Z");

async function attempt(userId: string, quizSlug: string, score: number | null, answers: Answer[]) {
  clock += 60_000;
  await getDb().quizAttempt.create({
    data: {
      userId,
      quizSlug,
      mode: "EXAM",
      seed: 1,
      startedAt: new Date(clock),
      submittedAt: score === null ? null : new Date(clock + 30_000),
      score,
      responses: { create: answers.map((a) => ({ itemId: a.itemId, answer: a.answer, correct: a.correct, score: a.correct ? 1 : 0, answeredAt: new Date(clock + 10_000) })) },
    },
  });
}

async function labRun(userId: string, checks: Record<string, boolean>) {
  clock += 60_000;
  const results = { passed: Object.values(checks).every(Boolean), checks: Object.entries(checks).map(([id, passed]) => ({ id, title: id, passed })) };
  await getDb().labSubmission.create({
    data: { userId, labSlug: "run-and-expose-nginx", seed: 1, transcript: [{ at: 0, line: "kubectl get pods" }], passed: results.passed, results, createdAt: new Date(clock) },
  });
}

// The data set of lib/instructor/item-analysis.test.ts, stored: first attempts score (Q1, Q2, Q3)
// 1 1 1 / 1 0 1 / 0 1 1 / 0 0 -, so Q1 has difficulty 0.5 and discrimination 0.5 / sqrt(2.75).
async function seedCohort() {
  const instructor = await newUser("instructor");
  const cohort = await createCohort(instructor, { name: "=Team, \"blue\"", startsOn: null, endsOn: null, requiredLessons: ["pods", "etcd"], requiredLabs: ["run-and-expose-nginx"] });
  const learners = [await newUser("learner", "=HYPERLINK(\"http://evil\")"), await newUser("learner", "Bo"), await newUser("learner", "Cy"), await newUser("learner", "Di")];
  for (const l of learners) await joinCohort(l, cohort.joinCode);
  const [a, b, c, d] = learners as [UserDto, UserDto, UserDto, UserDto];
  await attempt(a.id, "pods", 30, [right1, right2, right3]);
  await attempt(b.id, "pods", 20, [right1, { itemId: Q2, answer: { choice: "log-sidecar" }, correct: false }, right3]);
  await attempt(c.id, "pods", 20, [{ itemId: Q1, answer: { choice: "service" }, correct: false }, right2, right3]);
  await attempt(d.id, "pods", 0, [{ itemId: Q1, answer: { choice: "container-ip" }, correct: false }, { itemId: Q2, answer: { choice: "log-sidecar" }, correct: false }]);
  // Not counted by item analysis: a later attempt, an open one, and a non-member's.
  await attempt(a.id, "pods", 0, [{ itemId: Q1, answer: { choice: "service" }, correct: false }]);
  await attempt(b.id, "pods", null, [{ itemId: Q1, answer: { choice: "service" }, correct: false }]);
  const outsider = await newUser();
  await attempt(outsider.id, "pods", 0, [{ itemId: Q1, answer: { choice: "service" }, correct: false }]);
  await attempt(d.id, "etcd", 10, []);
  // The attempts above are stored directly, not through the answering path that keeps the tally.
  await rebuildItemTallies([...learners, outsider].map((l) => l.id));
  await getDb().lessonProgress.create({ data: { userId: a.id, lessonSlug: "pods", status: "DONE", completedAt: new Date("2026-12-02T09:00:00Z") } });
  await labRun(a.id, { "web-ready": true, "web-image": true, "service-endpoints": false });
  await labRun(a.id, { "web-ready": true, "web-image": true, "service-endpoints": true });
  await labRun(b.id, { "web-ready": false, "web-image": true, "service-endpoints": false });
  viewer.current = instructor;
  return { cohort, learners };
}

test("item analysis, lab analysis, the dashboard and both CSV exports agree with a hand-computed data set", async () => {
  const { cohort, learners } = await seedCohort();
  const id = { id: cohort.id };

  const analysis = (await (await itemAnalysis(new Request(`${base}/x?quiz=pods`), params(id))).json()) as QuizItemAnalysis;
  expect(analysis.attempts).toBe(4);
  expect(analysis.scoreBins.map((b) => b.count)).toEqual([1, 0, 2, 1, 0, 0, 0, 0, 0, 0]);
  const q1 = analysis.items.find((i) => i.itemId === Q1)!;
  expect(q1).toMatchObject({ responses: 4, difficulty: 0.5, flags: [] });
  expect(q1.discrimination).toBeCloseTo(0.5 / Math.sqrt(2.75), 10);
  expect(q1.options?.map((o) => [o.id, o.chosen])).toEqual([["localhost", 2], ["service", 1], ["container-ip", 1]]);
  expect(analysis.items.find((i) => i.itemId === Q2)!.discrimination).toBeCloseTo(0.3015113, 6);
  expect(analysis.items.find((i) => i.itemId === Q3)).toMatchObject({ responses: 3, difficulty: 1, discrimination: null, flags: ["too-easy"] });
  expect(analysis.items.find((i) => i.itemId === "pods-restart-policy-outcomes")).toMatchObject({ responses: 0, difficulty: null });
  expect((await itemAnalysis(new Request(`${base}/x?quiz=nope`), params(id))).status).toBe(404);
  expect((await itemAnalysis(new Request(`${base}/x`), params(id))).status).toBe(400);

  const labs = (await (await labAnalysis(new Request(`${base}/x`), params(id))).json()) as LabAnalysis;
  expect(labs.labs).toHaveLength(1);
  expect(labs.labs[0]).toMatchObject({ slug: "run-and-expose-nginx", learners: 2, passedEventually: 1 });
  expect(labs.labs[0]!.checks.map((c) => [c.id, c.failedFirst, c.stillFailing])).toEqual([["web-ready", 1, 1], ["web-image", 0, 0], ["service-endpoints", 2, 1]]);

  const board = (await (await dashboard(new Request(`${base}/x`), params(id))).json()) as CohortDashboard;
  expect(board.lessons.map((l) => l.slug).sort()).toEqual(["etcd", "pods"]);
  const byName = new Map(board.roster.map((r) => [r.name, r]));
  expect(byName.get(learners[0]!.name!)).toMatchObject({ lessonsDone: 1, labsPassed: 1, bestScores: { pods: 30, etcd: null } });
  expect(byName.get("Di")).toMatchObject({ lessonsDone: 0, bestScores: { pods: 0, etcd: 10 }, attention: ["low-scores"] });
  expect(byName.get("Bo")!.attention).toEqual([]);
  expect(board.completions).toEqual([{ day: "2026-12-02", lessons: 1, cumulative: 1 }]);
  // Submitted answers of members on items tagged "pod": Q1 5 (2 right), Q2 4 (2 right), Q3 3 (3 right).
  expect(board.concepts.find((c) => c.concept === "pod")).toEqual({ concept: "pod", answers: 12, right: 7, mastery: 58 });
  expect(board.concepts.find((c) => c.concept === "pod-sandbox")).toEqual({ concept: "pod-sandbox", answers: 4, right: 2, mastery: 50 });

  const detail = (await (await learnerDetail(new Request(`${base}/x`), params({ id: cohort.id, userId: learners[0]!.id }))).json()) as LearnerDetail;
  expect(detail.attempts).toHaveLength(2);
  expect(detail.labs[0]).toMatchObject({ passed: true, transcript: ["kubectl get pods"] });

  const roster = await exportRoster(new Request(`${base}/x`), params(id));
  expect(roster.headers.get("content-type")).toContain("text/csv");
  expect(roster.headers.get("content-disposition")).toMatch(/^attachment; filename="team-blue-roster-\d{4}-\d{2}-\d{2}\.csv"$/);
  const rosterRows = parse(await roster.text(), { columns: true }) as Record<string, string>[];
  expect(rosterRows).toHaveLength(4);
  const evil = rosterRows.find((r) => r.email === learners[0]!.email)!;
  expect(evil).toMatchObject({ name: "'=HYPERLINK(\"http://evil\")", lessons_done: "1", lessons_tracked: "2", best_score_pods: "30", best_score_etcd: "" });

  const responses = await exportResponses(new Request(`${base}/x`), params(id));
  expect(responses.body).toBeInstanceOf(ReadableStream);
  const rows = parse(await responses.text(), { columns: true }) as Record<string, string>[];
  // 3 + 3 + 3 + 2 first-attempt answers, a later attempt's and an open attempt's; the outsider's are not there.
  expect(rows).toHaveLength(13);
  expect(Object.keys(rows[0]!)).toEqual(["name", "email", "quiz", "attempt_id", "mode", "attempt_started_at", "attempt_submitted_at", "item_id", "concepts", "answer", "score", "correct", "answered_at"]);
  const multiple = rows.find((r) => r.item_id === Q3)!;
  expect(JSON.parse(multiple.answer!)).toEqual(ALL_SHARED);
  expect(rows.every((r) => !r.name!.startsWith("="))).toBe(true);
});
