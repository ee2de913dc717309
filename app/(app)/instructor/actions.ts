"use server";

import { revalidatePath } from "next/cache";

import { invalidInput, runAction, type ActionResult } from "@/lib/server/actions/run-action";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { archiveCohort, createCohort, rotateJoinCode } from "@/lib/server/cohorts/manage-cohorts";
import type { CohortSummary } from "@/lib/instructor/cohort.types";
import { cohortActionSchema, createCohortSchema } from "@/lib/validation/cohort";

export async function createCohortAction(input: unknown): Promise<ActionResult<CohortSummary>> {
  const parsed = createCohortSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await runAction(async () => createCohort(await getCurrentUser(), parsed.data));
  if (result.ok) revalidatePath("/instructor");
  return result;
}

export async function rotateJoinCodeAction(input: unknown): Promise<ActionResult<CohortSummary>> {
  const parsed = cohortActionSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await runAction(async () => rotateJoinCode(await getCurrentUser(), parsed.data.cohortId));
  if (result.ok) revalidatePath(`/instructor/cohorts/${parsed.data.cohortId}`);
  return result;
}

export async function archiveCohortAction(input: unknown): Promise<ActionResult<CohortSummary>> {
  const parsed = cohortActionSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await runAction(async () => archiveCohort(await getCurrentUser(), parsed.data.cohortId));
  if (result.ok) revalidatePath("/instructor");
  return result;
}
