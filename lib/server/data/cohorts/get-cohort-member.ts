import "server-only";

import { getDb } from "@/lib/server/db";

import { cohortMemberSelect, toCohortMemberDto, type CohortMemberDto } from "./cohort-member.dto";

/** The member, or null when that user is not (or no longer) in the cohort. */
export async function getCohortMember(options: { cohortId: string; userId: string }): Promise<CohortMemberDto | null> {
  const row = await getDb().cohortMembership.findUnique({ where: { cohortId_userId: { cohortId: options.cohortId, userId: options.userId } }, select: cohortMemberSelect });
  return row ? toCohortMemberDto(row) : null;
}
