import "server-only";

import { getDb } from "@/lib/server/db";

import { toUserDto, userDtoSelect, type UserDto } from "./user.dto";

export async function getUserById(options: { id: string }): Promise<UserDto | null> {
  const row = await getDb().user.findUnique({ where: { id: options.id }, select: userDtoSelect });
  return row ? toUserDto(row) : null;
}
