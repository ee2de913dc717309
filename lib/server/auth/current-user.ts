import "server-only";

import { getServerSession } from "next-auth";
import { cache } from "react";

import { getAuthOptions } from "@/lib/server/auth/options";
import { getUserById } from "@/lib/server/data/users/get-user-by-id";
import type { UserDto } from "@/lib/server/data/users/user.dto";
import type { RoleName } from "@/lib/validation/auth";

// The role is read from the database on every request, not from the token, so
// a role changed from the command line takes effect at once.
export const getCurrentUser = cache(async (): Promise<UserDto | null> => {
  const session = await getServerSession(getAuthOptions());
  const id = (session?.user as { id?: string } | undefined)?.id ?? null;
  return id ? getUserById({ id }) : null;
});

const RANK: Record<RoleName, number> = { learner: 0, instructor: 1, admin: 2 };

export function hasRole(user: UserDto, atLeast: RoleName): boolean {
  return RANK[user.role] >= RANK[atLeast];
}
