import "server-only";

import { getDb } from "@/lib/server/db";

import { cohortDtoSelect, toCohortDto, type CohortDto } from "./cohort.dto";

/** The cohort, or null; callers check that the viewer owns it. */
export async function getCohort(options: { id: string }): Promise<CohortDto | null> {
  const row = await getDb().cohort.findUnique({ where: { id: options.id }, select: cohortDtoSelect });
  return row ? toCohortDto(row) : null;
}
