import "server-only";

import { getDb } from "@/lib/server/db";

import { assessmentDtoSelect, toAssessmentDto, type AssessmentDto } from "./assessment.dto";

/** The assessment with its answers if it belongs to `userId`; anyone else's is null, as if it did not exist. */
export async function getAssessment(options: { id: string; userId: string }): Promise<AssessmentDto | null> {
  const row = await getDb().interviewAssessment.findFirst({ where: { id: options.id, userId: options.userId }, select: assessmentDtoSelect });
  return row ? toAssessmentDto(row) : null;
}
