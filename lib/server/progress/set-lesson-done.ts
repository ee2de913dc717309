import "server-only";

import { markLessonDone } from "@/lib/server/data/lesson-progress/mark-lesson-done";
import { markLessonNotDone } from "@/lib/server/data/lesson-progress/mark-lesson-not-done";
import { knownLessonSlugSchema, markLessonInputSchema, type LessonProgressStatus } from "@/lib/validation/progress";

import { listLessonSlugs } from "./lesson-slugs";

export type SetLessonDoneResult = { ok: true; data: { slug: string; status: LessonProgressStatus } } | { ok: false; error: string };

/** Marks a lesson done or not done for a signed-in user; unknown lessons are refused. */
export async function setLessonDone(userId: string | null, input: unknown): Promise<SetLessonDoneResult> {
  if (!userId) return { ok: false, error: "Sign in to save your progress to your account." };
  const parsed = markLessonInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? "Invalid input." };
  const known = knownLessonSlugSchema(await listLessonSlugs()).safeParse(parsed.data.slug);
  if (!known.success) return { ok: false, error: known.error.issues[0]?.message ?? "Unknown lesson." };
  const options = { userId, lessonSlug: known.data };
  const row = parsed.data.done ? await markLessonDone(options) : await markLessonNotDone(options);
  return { ok: true, data: { slug: row.lessonSlug, status: row.status } };
}
