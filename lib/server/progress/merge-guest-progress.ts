import "server-only";

import { mergeDoneLessons } from "@/lib/server/data/lesson-progress/merge-done-lessons";
import { guestProgressInputSchema, knownLessonSlugSchema } from "@/lib/validation/progress";

import { listLessonSlugs } from "./lesson-slugs";

export type MergeGuestProgressResult =
  | { ok: true; data: { merged: number; rejected: string[] } }
  | { ok: false; error: string };

/**
 * Brings lessons a guest marked done in this browser into their account. Slugs
 * that name no published lesson (renamed since, or tampered with) are rejected
 * one by one, so a stale entry does not cost the learner the rest.
 */
export async function mergeGuestProgress(userId: string | null, input: unknown): Promise<MergeGuestProgressResult> {
  if (!userId) return { ok: false, error: "Sign in to save your progress to your account." };
  const parsed = guestProgressInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? "Invalid input." };
  const slugSchema = knownLessonSlugSchema(await listLessonSlugs());
  const accepted: string[] = [];
  const rejected: string[] = [];
  for (const slug of parsed.data.done) (slugSchema.safeParse(slug).success ? accepted : rejected).push(slug);
  const merged = await mergeDoneLessons({ userId, lessonSlugs: accepted });
  return { ok: true, data: { merged, rejected } };
}
