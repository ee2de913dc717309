import "server-only";

import { hasRole } from "@/lib/server/auth/current-user";
import { getCohort } from "@/lib/server/data/cohorts/get-cohort";
import type { CohortDto } from "@/lib/server/data/cohorts/cohort.dto";
import { getCohortMember } from "@/lib/server/data/cohorts/get-cohort-member";
import type { CohortMemberDto } from "@/lib/server/data/cohorts/cohort-member.dto";
import type { UserDto } from "@/lib/server/data/users/user.dto";
import { ApiError, notFound } from "@/lib/server/http/api-error";
import { cohortIdSchema, userIdSchema } from "@/lib/validation/cohort";

export function requireSignedIn(viewer: UserDto | null): UserDto {
  if (!viewer) throw new ApiError(401, "unauthenticated", "sign in first");
  return viewer;
}

export function requireInstructor(viewer: UserDto | null): UserDto {
  const user = requireSignedIn(viewer);
  if (!hasRole(user, "instructor")) throw new ApiError(403, "forbidden", "only instructors can do this");
  return user;
}

export function requireAdmin(viewer: UserDto | null): UserDto {
  const user = requireSignedIn(viewer);
  if (!hasRole(user, "admin")) throw new ApiError(403, "forbidden", "only administrators can do this");
  return user;
}

/** The viewer's own cohort. Someone else's cohort answers exactly like one that does not exist. */
export async function requireOwnCohort(viewer: UserDto | null, cohortId: string): Promise<{ instructor: UserDto; cohort: CohortDto }> {
  const instructor = requireInstructor(viewer);
  const cohort = cohortIdSchema.safeParse(cohortId).success ? await getCohort({ id: cohortId }) : null;
  if (!cohort || cohort.ownerId !== instructor.id) throw notFound("cohort");
  return { instructor, cohort };
}

/** A current member of the viewer's own cohort; a former member or a stranger is "not found". */
export async function requireOwnCohortMember(viewer: UserDto | null, cohortId: string, userId: string): Promise<{ cohort: CohortDto; member: CohortMemberDto }> {
  const { cohort } = await requireOwnCohort(viewer, cohortId);
  const member = userIdSchema.safeParse(userId).success ? await getCohortMember({ cohortId: cohort.id, userId }) : null;
  if (!member) throw notFound("learner");
  return { cohort, member };
}
