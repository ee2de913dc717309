import "server-only";

import { getDb } from "@/lib/server/db";

import { cohortMemberSelect, toCohortMemberDto, type CohortMemberDto } from "./cohort-member.dto";

/** Members in a stable order (email), for exports that page through them. */
export async function listCohortMembers(options: { cohortId: string }): Promise<CohortMemberDto[]> {
  const rows = await getDb().cohortMembership.findMany({ where: { cohortId: options.cohortId }, select: cohortMemberSelect, orderBy: { user: { email: "asc" } } });
  return rows.map(toCohortMemberDto);
}
