import "server-only";

import { getDb } from "@/lib/server/db";
import type { RoleName } from "@/lib/validation/auth";

import { toRoleValue, toUserDto, userDtoSelect, type UserDto } from "./user.dto";

/** Changes the role of the account with that email; null when there is none. */
export async function setUserRole(options: { email: string; role: RoleName }): Promise<UserDto | null> {
  const result = await getDb().user.updateManyAndReturn({
    where: { email: options.email },
    data: { role: toRoleValue(options.role) },
    select: userDtoSelect,
  });
  const row = result[0];
  return row ? toUserDto(row) : null;
}
