import "server-only";

import { getCurrentUser } from "@/lib/server/auth/current-user";
import { listLessonProgress } from "@/lib/server/data/lesson-progress/list-lesson-progress";
import { recordLessonVisit } from "@/lib/server/data/lesson-progress/record-lesson-visit";
import { statusBySlug } from "@/lib/progress/lesson-status";
import type { LessonStatusName } from "@/lib/validation/progress";

export type CourseProgress = { signedIn: boolean; statuses: Map<string, LessonStatusName> };

// Lessons are readable without the database: when it is down, progress is
// shown as for a guest instead of failing the page.
async function signedInUserId(): Promise<string | null> {
  try {
    return (await getCurrentUser())?.id ?? null;
  } catch {
    return null;
  }
}

/** The signed-in learner's status of every lesson they touched. */
export async function loadCourseProgress(): Promise<CourseProgress> {
  const userId = await signedInUserId();
  if (!userId) return { signedIn: false, statuses: new Map() };
  try {
    return { signedIn: true, statuses: statusBySlug(await listLessonProgress({ userId })) };
  } catch {
    return { signedIn: true, statuses: new Map() };
  }
}

/** Records that the signed-in learner opened a lesson and returns their status on it. */
export async function openLessonForViewer(lessonSlug: string): Promise<{ signedIn: boolean; status: LessonStatusName }> {
  const userId = await signedInUserId();
  if (!userId) return { signedIn: false, status: "not-started" };
  try {
    const row = await recordLessonVisit({ userId, lessonSlug });
    return { signedIn: true, status: row.status };
  } catch {
    return { signedIn: true, status: "not-started" };
  }
}
