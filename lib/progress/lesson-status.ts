import type { LessonStatusName } from "@/lib/validation/progress";

export const STATUS_LABELS: Record<LessonStatusName, string> = {
  "not-started": "Not started",
  "in-progress": "In progress",
  done: "Done",
};

/** Status of each slug from the stored rows; a lesson without a row is not started. */
export function statusBySlug(rows: readonly { lessonSlug: string; status: "in-progress" | "done" }[]): Map<string, LessonStatusName> {
  return new Map(rows.map((r) => [r.lessonSlug, r.status]));
}
