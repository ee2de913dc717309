import "server-only";

import { getDb } from "@/lib/server/db";

import { lessonProgressDtoSelect, toLessonProgressDto, type LessonProgressDto } from "./lesson-progress.dto";

/** Every lesson the user has opened or finished; lessons without a row are not started. */
export async function listLessonProgress(options: { userId: string }): Promise<LessonProgressDto[]> {
  const rows = await getDb().lessonProgress.findMany({
    where: { userId: options.userId },
    select: lessonProgressDtoSelect,
    orderBy: { firstOpenedAt: "asc" },
  });
  return rows.map(toLessonProgressDto);
}
