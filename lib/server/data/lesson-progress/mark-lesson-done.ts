import "server-only";

import { getDb } from "@/lib/server/db";

import { lessonProgressDtoSelect, toLessonProgressDto, type LessonProgressDto } from "./lesson-progress.dto";

/** Done now; marking a done lesson again keeps its first completion time. */
export async function markLessonDone(options: { userId: string; lessonSlug: string; at?: Date }): Promise<LessonProgressDto> {
  const db = getDb();
  const at = options.at ?? new Date();
  const key = { userId_lessonSlug: { userId: options.userId, lessonSlug: options.lessonSlug } };
  const row = await db.$transaction(async (tx) => {
    const existing = await tx.lessonProgress.findUnique({ where: key, select: { status: true } });
    if (existing?.status === "DONE") return tx.lessonProgress.findUniqueOrThrow({ where: key, select: lessonProgressDtoSelect });
    return tx.lessonProgress.upsert({
      where: key,
      create: { userId: options.userId, lessonSlug: options.lessonSlug, status: "DONE", completedAt: at },
      update: { status: "DONE", completedAt: at },
      select: lessonProgressDtoSelect,
    });
  });
  return toLessonProgressDto(row);
}
