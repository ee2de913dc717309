import { z } from "zod";

export const LESSON_STATUSES = ["not-started", "in-progress", "done"] as const;
export type LessonStatusName = (typeof LESSON_STATUSES)[number];
/** What is stored: "not started" is the absence of a row. */
export type LessonProgressStatus = Exclude<LessonStatusName, "not-started">;

// The course has 18 lessons; the bound keeps a tampered localStorage from sending megabytes.
const MAX_GUEST_LESSONS = 200;

export const lessonSlugSchema = z
  .string({ error: "A lesson slug is required." })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Lesson slugs are kebab-case.")
  .max(100);

export const markLessonInputSchema = z.strictObject({ slug: lessonSlugSchema, done: z.boolean() });
export type MarkLessonInput = z.infer<typeof markLessonInputSchema>;

export const guestProgressInputSchema = z.strictObject({
  done: z.array(z.string().max(100)).max(MAX_GUEST_LESSONS),
});
export type GuestProgressInput = z.infer<typeof guestProgressInputSchema>;

/** The slugs of a set of lessons as a schema, so unknown slugs fail validation with their name. */
export function knownLessonSlugSchema(slugs: readonly string[]) {
  const known = new Set(slugs);
  return lessonSlugSchema.refine((slug) => known.has(slug), { error: (issue) => `Unknown lesson "${String(issue.input)}".` });
}
