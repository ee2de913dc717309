import "server-only";

import { getDb } from "@/lib/server/db";

import { cohortDtoSelect, toCohortDto, type CohortDto } from "./cohort.dto";

/** Archives the owner's cohort (a second call keeps the first date); null when not theirs. */
export async function archiveCohort(options: { cohortId: string; ownerId: string }): Promise<CohortDto | null> {
  const db = getDb();
  await db.cohort.updateMany({ where: { id: options.cohortId, ownerId: options.ownerId, archivedAt: null }, data: { archivedAt: new Date() } });
  const row = await db.cohort.findFirst({ where: { id: options.cohortId, ownerId: options.ownerId }, select: cohortDtoSelect });
  return row ? toCohortDto(row) : null;
}
