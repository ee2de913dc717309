import "server-only";

import { listUsers as list } from "@/lib/server/data/users/list-users";
import { setUserRoleById } from "@/lib/server/data/users/set-user-role-by-id";
import type { UserDto } from "@/lib/server/data/users/user.dto";
import { ApiError, notFound } from "@/lib/server/http/api-error";
import type { RoleName } from "@/lib/validation/auth";
import { userIdSchema } from "@/lib/validation/cohort";

import { requireAdmin } from "../cohorts/access";

export type UserRow = { id: string; email: string; name: string | null; role: RoleName; createdAt: string };

const toRow = (u: UserDto): UserRow => ({ id: u.id, email: u.email, name: u.name, role: u.role, createdAt: u.createdAt.toISOString() });

export const USERS_PER_PAGE = 100;

export async function listUsers(viewer: UserDto | null, query: string): Promise<UserRow[]> {
  requireAdmin(viewer);
  return (await list({ query, limit: USERS_PER_PAGE })).map(toRow);
}

/** Sets a user's role. An administrator cannot demote themselves, so the site always keeps one. */
export async function setUserRole(viewer: UserDto | null, userId: string, role: RoleName): Promise<UserRow> {
  const admin = requireAdmin(viewer);
  if (userId === admin.id && role !== "admin") throw new ApiError(409, "own_role", "you cannot take away your own administrator role");
  const user = userIdSchema.safeParse(userId).success ? await setUserRoleById({ id: userId, role }) : null;
  if (!user) throw notFound("user");
  return toRow(user);
}
