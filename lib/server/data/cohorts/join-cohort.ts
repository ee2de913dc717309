import "server-only";

import { getDb } from "@/lib/server/db";

export type JoinOutcome = { kind: "joined" | "already-member"; cohortId: string; cohortName: string } | { kind: "no-such-code" };

/** Adds the user to the active cohort with that join code. */
export async function joinCohort(options: { joinCode: string; userId: string }): Promise<JoinOutcome> {
  const db = getDb();
  const cohort = await db.cohort.findFirst({ where: { joinCode: options.joinCode, archivedAt: null }, select: { id: true, name: true } });
  if (!cohort) return { kind: "no-such-code" };
  const created = await db.cohortMembership.createMany({ data: [{ cohortId: cohort.id, userId: options.userId }], skipDuplicates: true });
  return { kind: created.count > 0 ? "joined" : "already-member", cohortId: cohort.id, cohortName: cohort.name };
}
