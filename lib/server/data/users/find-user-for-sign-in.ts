import "server-only";

import { getDb } from "@/lib/server/db";

import { toUserDto, userDtoSelect, type UserDto } from "./user.dto";

/** The user with that email and their password hash, for credential checks only. */
export async function findUserForSignIn(options: { email: string }): Promise<{ user: UserDto; passwordHash: string | null } | null> {
  const row = await getDb().user.findUnique({
    where: { email: options.email },
    select: { ...userDtoSelect, passwordHash: true },
  });
  if (!row) return null;
  const { passwordHash, ...user } = row;
  return { user: toUserDto(user), passwordHash };
}
