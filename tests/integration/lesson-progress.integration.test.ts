import "../support/use-test-database";

import { randomBytes } from "node:crypto";

import { expect, test } from "vitest";

import { getLessonProgress } from "@/lib/server/data/lesson-progress/get-lesson-progress";
import { listLessonProgress } from "@/lib/server/data/lesson-progress/list-lesson-progress";
import { markLessonDone } from "@/lib/server/data/lesson-progress/mark-lesson-done";
import { markLessonNotDone } from "@/lib/server/data/lesson-progress/mark-lesson-not-done";
import { recordLessonVisit } from "@/lib/server/data/lesson-progress/record-lesson-visit";
import { createUser } from "@/lib/server/data/users/create-user";
import { mergeGuestProgress } from "@/lib/server/progress/merge-guest-progress";
import { setLessonDone } from "@/lib/server/progress/set-lesson-done";

async function newLearner(): Promise<string> {
  const user = await createUser({ email: `learner-${randomBytes(4).toString("hex")}@example.com`, firstAccountBecomesAdmin: false });
  return user.id;
}

test("opening a lesson makes it in progress, and opening it again changes nothing", async () => {
  const userId = await newLearner();
  expect(await getLessonProgress({ userId, lessonSlug: "pods" })).toBeNull();
  const first = await recordLessonVisit({ userId, lessonSlug: "pods" });
  expect(first).toMatchObject({ lessonSlug: "pods", status: "in-progress", completedAt: null });
  const again = await recordLessonVisit({ userId, lessonSlug: "pods" });
  expect(again.firstOpenedAt).toEqual(first.firstOpenedAt);
});

test("marking done records the completion time; a visit afterwards keeps it done", async () => {
  const userId = await newLearner();
  await recordLessonVisit({ userId, lessonSlug: "etcd" });
  const done = await markLessonDone({ userId, lessonSlug: "etcd" });
  expect(done.status).toBe("done");
  expect(done.completedAt).toBeInstanceOf(Date);
  expect((await recordLessonVisit({ userId, lessonSlug: "etcd" })).status).toBe("done");
  const again = await markLessonDone({ userId, lessonSlug: "etcd" });
  expect(again.completedAt).toEqual(done.completedAt);
});

test("marking not done returns the lesson to in progress and clears the completion time", async () => {
  const userId = await newLearner();
  await markLessonDone({ userId, lessonSlug: "scheduler" });
  const undone = await markLessonNotDone({ userId, lessonSlug: "scheduler" });
  expect(undone).toMatchObject({ status: "in-progress", completedAt: null });
  expect(await listLessonProgress({ userId })).toHaveLength(1);
});

test("progress is per user", async () => {
  const [a, b] = [await newLearner(), await newLearner()];
  await markLessonDone({ userId: a, lessonSlug: "pods" });
  expect(await listLessonProgress({ userId: b })).toEqual([]);
});

test("the done action refuses guests and lessons that do not exist", async () => {
  const userId = await newLearner();
  expect(await setLessonDone(null, { slug: "pods", done: true })).toEqual({ ok: false, error: "Sign in to save your progress to your account." });
  expect(await setLessonDone(userId, { slug: "no-such-lesson", done: true })).toEqual({ ok: false, error: 'Unknown lesson "no-such-lesson".' });
  expect(await setLessonDone(userId, { slug: "pods", done: true })).toEqual({ ok: true, data: { slug: "pods", status: "done" } });
  expect(await setLessonDone(userId, { slug: "pods", done: false })).toEqual({ ok: true, data: { slug: "pods", status: "in-progress" } });
});

test("guest progress merges known lessons, rejects unknown slugs and keeps earlier completions", async () => {
  const userId = await newLearner();
  const earlier = await markLessonDone({ userId, lessonSlug: "pods" });
  await recordLessonVisit({ userId, lessonSlug: "etcd" });
  const result = await mergeGuestProgress(userId, { done: ["pods", "etcd", "kubelet", "not-a-lesson", "../etc/passwd"] });
  expect(result).toEqual({ ok: true, data: { merged: 2, rejected: ["not-a-lesson", "../etc/passwd"] } });
  const rows = await listLessonProgress({ userId });
  expect(Object.fromEntries(rows.map((r) => [r.lessonSlug, r.status]))).toEqual({ pods: "done", etcd: "done", kubelet: "done" });
  expect(rows.find((r) => r.lessonSlug === "pods")?.completedAt).toEqual(earlier.completedAt);
});

test("guest progress of the wrong shape or for a guest writes nothing", async () => {
  const userId = await newLearner();
  expect((await mergeGuestProgress(userId, { done: "pods" })).ok).toBe(false);
  expect((await mergeGuestProgress(userId, { done: Array.from({ length: 500 }, () => "pods") })).ok).toBe(false);
  expect((await mergeGuestProgress(null, { done: ["pods"] })).ok).toBe(false);
  expect(await listLessonProgress({ userId })).toEqual([]);
});
