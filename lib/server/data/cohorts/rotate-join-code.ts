import "server-only";

import { getDb } from "@/lib/server/db";

import { cohortDtoSelect, isJoinCodeClash, JOIN_CODE_RETRIES, toCohortDto, type CohortDto } from "./cohort.dto";

/** Gives the owner's cohort a new join code, so the old code and link stop working; null when not theirs. */
export async function rotateJoinCode(options: { cohortId: string; ownerId: string; newJoinCode: () => string }): Promise<CohortDto | null> {
  const db = getDb();
  for (let attempt = 1; ; attempt++) {
    try {
      const updated = await db.cohort.updateMany({ where: { id: options.cohortId, ownerId: options.ownerId }, data: { joinCode: options.newJoinCode() } });
      if (updated.count === 0) return null;
      break;
    } catch (error) {
      if (!isJoinCodeClash(error) || attempt >= JOIN_CODE_RETRIES) throw error;
    }
  }
  const row = await db.cohort.findUnique({ where: { id: options.cohortId }, select: cohortDtoSelect });
  return row ? toCohortDto(row) : null;
}
