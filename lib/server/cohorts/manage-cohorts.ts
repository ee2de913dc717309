import "server-only";

import { archiveCohort as archive } from "@/lib/server/data/cohorts/archive-cohort";
import { createCohort as create } from "@/lib/server/data/cohorts/create-cohort";
import { listOwnedCohorts } from "@/lib/server/data/cohorts/list-owned-cohorts";
import { rotateJoinCode as rotate } from "@/lib/server/data/cohorts/rotate-join-code";
import type { UserDto } from "@/lib/server/data/users/user.dto";
import { ApiError, notFound } from "@/lib/server/http/api-error";
import type { CohortSummary } from "@/lib/instructor/cohort.types";
import type { CreateCohortInput } from "@/lib/validation/cohort";

import { requireInstructor, requireOwnCohort } from "./access";
import { courseCatalog, summarizeCohort } from "./cohort-summary";
import { newJoinCode } from "./join-code";

export async function createCohort(viewer: UserDto | null, input: CreateCohortInput): Promise<CohortSummary> {
  const instructor = requireInstructor(viewer);
  const catalog = await courseCatalog();
  const unknownLesson = input.requiredLessons.find((s) => !catalog.lessons.some((l) => l.slug === s));
  if (unknownLesson) throw new ApiError(400, "invalid_request", `requiredLessons: no lesson "${unknownLesson}"`, "requiredLessons");
  const unknownLab = input.requiredLabs.find((s) => !catalog.labs.some((l) => l.slug === s));
  if (unknownLab) throw new ApiError(400, "invalid_request", `requiredLabs: no lab "${unknownLab}"`, "requiredLabs");
  const cohort = await create({
    ownerId: instructor.id,
    name: input.name,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    requiredLessons: [...new Set(input.requiredLessons)],
    requiredLabs: [...new Set(input.requiredLabs)],
    newJoinCode,
  });
  return summarizeCohort(cohort, catalog);
}

export async function listMyCohorts(viewer: UserDto | null): Promise<CohortSummary[]> {
  const instructor = requireInstructor(viewer);
  const [cohorts, catalog] = await Promise.all([listOwnedCohorts({ ownerId: instructor.id }), courseCatalog()]);
  return cohorts.map((c) => summarizeCohort(c, catalog));
}

export async function rotateJoinCode(viewer: UserDto | null, cohortId: string): Promise<CohortSummary> {
  const { instructor, cohort } = await requireOwnCohort(viewer, cohortId);
  if (cohort.archivedAt) throw new ApiError(409, "cohort_archived", "an archived cohort takes no new members, so its code cannot change");
  const rotated = await rotate({ cohortId: cohort.id, ownerId: instructor.id, newJoinCode });
  if (!rotated) throw notFound("cohort");
  return summarizeCohort(rotated, await courseCatalog());
}

export async function archiveCohort(viewer: UserDto | null, cohortId: string): Promise<CohortSummary> {
  const { instructor, cohort } = await requireOwnCohort(viewer, cohortId);
  const archived = await archive({ cohortId: cohort.id, ownerId: instructor.id });
  if (!archived) throw notFound("cohort");
  return summarizeCohort(archived, await courseCatalog());
}
