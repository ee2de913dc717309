import "server-only";

import { getDb } from "@/lib/server/db";

import { lessonProgressDtoSelect, toLessonProgressDto, type LessonProgressDto } from "./lesson-progress.dto";

export async function getLessonProgress(options: { userId: string; lessonSlug: string }): Promise<LessonProgressDto | null> {
  const row = await getDb().lessonProgress.findUnique({
    where: { userId_lessonSlug: { userId: options.userId, lessonSlug: options.lessonSlug } },
    select: lessonProgressDtoSelect,
  });
  return row ? toLessonProgressDto(row) : null;
}
