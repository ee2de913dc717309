import "server-only";

import { getDb } from "@/lib/server/db";

export type MemberCohort = { cohortId: string; name: string; instructor: string; joinedAt: Date; archived: boolean; startsOn: string | null; endsOn: string | null };

/** The cohorts a learner belongs to, newest membership first. */
export async function listMemberCohorts(options: { userId: string }): Promise<MemberCohort[]> {
  const rows = await getDb().cohortMembership.findMany({
    where: { userId: options.userId },
    select: { joinedAt: true, cohort: { select: { id: true, name: true, archivedAt: true, startsOn: true, endsOn: true, owner: { select: { name: true, email: true } } } } },
    orderBy: { joinedAt: "desc" },
  });
  return rows.map((r) => ({
    cohortId: r.cohort.id,
    name: r.cohort.name,
    instructor: r.cohort.owner.name ?? r.cohort.owner.email,
    joinedAt: r.joinedAt,
    archived: r.cohort.archivedAt !== null,
    startsOn: r.cohort.startsOn?.toISOString().slice(0, 10) ?? null,
    endsOn: r.cohort.endsOn?.toISOString().slice(0, 10) ?? null,
  }));
}
