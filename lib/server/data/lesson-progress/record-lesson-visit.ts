import "server-only";

import { getDb } from "@/lib/server/db";

import { lessonProgressDtoSelect, toLessonProgressDto, type LessonProgressDto } from "./lesson-progress.dto";

/** Marks a lesson as opened; a later visit changes nothing, so a done lesson stays done. */
export async function recordLessonVisit(options: { userId: string; lessonSlug: string }): Promise<LessonProgressDto> {
  const row = await getDb().lessonProgress.upsert({
    where: { userId_lessonSlug: { userId: options.userId, lessonSlug: options.lessonSlug } },
    create: { userId: options.userId, lessonSlug: options.lessonSlug, status: "IN_PROGRESS" },
    update: {},
    select: lessonProgressDtoSelect,
  });
  return toLessonProgressDto(row);
}
