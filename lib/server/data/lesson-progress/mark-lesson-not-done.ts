import "server-only";

import { getDb } from "@/lib/server/db";

import { lessonProgressDtoSelect, toLessonProgressDto, type LessonProgressDto } from "./lesson-progress.dto";

/** Back to "in progress": the learner has opened the lesson, so it is not "not started". */
export async function markLessonNotDone(options: { userId: string; lessonSlug: string }): Promise<LessonProgressDto> {
  const row = await getDb().lessonProgress.upsert({
    where: { userId_lessonSlug: { userId: options.userId, lessonSlug: options.lessonSlug } },
    create: { userId: options.userId, lessonSlug: options.lessonSlug, status: "IN_PROGRESS" },
    update: { status: "IN_PROGRESS", completedAt: null },
    select: lessonProgressDtoSelect,
  });
  return toLessonProgressDto(row);
}
