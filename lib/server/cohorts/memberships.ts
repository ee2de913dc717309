import "server-only";

import { joinCohort as join } from "@/lib/server/data/cohorts/join-cohort";
import { leaveCohort as leave } from "@/lib/server/data/cohorts/leave-cohort";
import { listMemberCohorts, type MemberCohort } from "@/lib/server/data/cohorts/list-member-cohorts";
import type { UserDto } from "@/lib/server/data/users/user.dto";
import { notFound } from "@/lib/server/http/api-error";
import { cohortIdSchema } from "@/lib/validation/cohort";

import { requireSignedIn } from "./access";

export type JoinResult = { cohortId: string; cohortName: string; alreadyMember: boolean };

/** Joins the active cohort with that (normalized) code; an unknown, rotated or archived code is 404. */
export async function joinCohort(viewer: UserDto | null, joinCode: string): Promise<JoinResult> {
  const user = requireSignedIn(viewer);
  const outcome = await join({ joinCode, userId: user.id });
  if (outcome.kind === "no-such-code") throw notFound("cohort with this join code");
  return { cohortId: outcome.cohortId, cohortName: outcome.cohortName, alreadyMember: outcome.kind === "already-member" };
}

export async function leaveCohort(viewer: UserDto | null, cohortId: string): Promise<void> {
  const user = requireSignedIn(viewer);
  const left = cohortIdSchema.safeParse(cohortId).success && (await leave({ cohortId, userId: user.id }));
  if (!left) throw notFound("membership");
}

export async function listMyMemberships(viewer: UserDto | null): Promise<MemberCohort[]> {
  return listMemberCohorts({ userId: requireSignedIn(viewer).id });
}
