"use server";

import { revalidatePath } from "next/cache";

import { invalidInput, runAction, type ActionResult } from "@/lib/server/actions/run-action";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { joinCohort, leaveCohort, type JoinResult } from "@/lib/server/cohorts/memberships";
import { cohortActionSchema, joinCohortSchema } from "@/lib/validation/cohort";

export async function joinCohortAction(input: unknown): Promise<ActionResult<JoinResult>> {
  const parsed = joinCohortSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await runAction(async () => joinCohort(await getCurrentUser(), parsed.data.code));
  if (result.ok) revalidatePath("/cohorts");
  return result;
}

export async function leaveCohortAction(input: unknown): Promise<ActionResult<null>> {
  const parsed = cohortActionSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await runAction(async () => {
    await leaveCohort(await getCurrentUser(), parsed.data.cohortId);
    return null;
  });
  if (result.ok) revalidatePath("/cohorts");
  return result;
}
