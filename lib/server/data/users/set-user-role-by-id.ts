import "server-only";

import { getDb } from "@/lib/server/db";
import type { RoleName } from "@/lib/validation/auth";

import { toRoleValue, toUserDto, userDtoSelect, type UserDto } from "./user.dto";

/** Changes the role of the account with that id; null when there is none. */
export async function setUserRoleById(options: { id: string; role: RoleName }): Promise<UserDto | null> {
  const rows = await getDb().user.updateManyAndReturn({ where: { id: options.id }, data: { role: toRoleValue(options.role) }, select: userDtoSelect });
  return rows[0] ? toUserDto(rows[0]) : null;
}
