"use server";

import { revalidatePath } from "next/cache";

import { invalidInput, runAction, type ActionResult } from "@/lib/server/actions/run-action";
import { setUserRole, type UserRow } from "@/lib/server/admin/user-roles";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { setRoleSchema, userIdSchema } from "@/lib/validation/cohort";

const setRoleInput = setRoleSchema.extend({ userId: userIdSchema });

export async function setUserRoleAction(input: unknown): Promise<ActionResult<UserRow>> {
  const parsed = setRoleInput.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await runAction(async () => setUserRole(await getCurrentUser(), parsed.data.userId, parsed.data.role));
  if (result.ok) revalidatePath("/admin/users");
  return result;
}
