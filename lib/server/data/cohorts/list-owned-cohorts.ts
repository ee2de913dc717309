import "server-only";

import { getDb } from "@/lib/server/db";

import { cohortDtoSelect, toCohortDto, type CohortDto } from "./cohort.dto";

/** An instructor's cohorts, active ones first, newest first. */
export async function listOwnedCohorts(options: { ownerId: string }): Promise<CohortDto[]> {
  const rows = await getDb().cohort.findMany({
    where: { ownerId: options.ownerId },
    select: cohortDtoSelect,
    orderBy: [{ archivedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
  });
  return rows.map(toCohortDto);
}
