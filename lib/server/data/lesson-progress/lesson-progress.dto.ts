import type { LessonStatus } from "@/lib/generated/prisma/enums";
import type { LessonProgressStatus } from "@/lib/validation/progress";

export type LessonProgressDto = {
  lessonSlug: string;
  status: LessonProgressStatus;
  firstOpenedAt: Date;
  completedAt: Date | null;
};

export const lessonProgressDtoSelect = { lessonSlug: true, status: true, firstOpenedAt: true, completedAt: true } as const;

const STATUS_NAMES: Record<LessonStatus, LessonProgressStatus> = { IN_PROGRESS: "in-progress", DONE: "done" };

export function toLessonProgressDto(row: {
  lessonSlug: string;
  status: LessonStatus;
  firstOpenedAt: Date;
  completedAt: Date | null;
}): LessonProgressDto {
  return { ...row, status: STATUS_NAMES[row.status] };
}
