import "server-only";

import { getDb } from "@/lib/server/db";

import { assessmentDtoSelect, toAssessmentDto, type AssessmentDto } from "./assessment.dto";

export async function createAssessment(options: { userId: string; seed: number; itemIds: string[]; promptIds: string[]; startedAt: Date; deadline: Date }): Promise<AssessmentDto> {
  const row = await getDb().interviewAssessment.create({ data: options, select: assessmentDtoSelect });
  return toAssessmentDto(row);
}
