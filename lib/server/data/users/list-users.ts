import "server-only";

import { getDb } from "@/lib/server/db";

import { toUserDto, userDtoSelect, type UserDto } from "./user.dto";

/** Accounts whose email or name contains `query` (all when empty), by email. */
export async function listUsers(options: { query: string; limit: number }): Promise<UserDto[]> {
  const q = options.query.trim();
  const rows = await getDb().user.findMany({
    where: q ? { OR: [{ email: { contains: q, mode: "insensitive" } }, { name: { contains: q, mode: "insensitive" } }] } : {},
    select: userDtoSelect,
    orderBy: { email: "asc" },
    take: options.limit,
  });
  return rows.map(toUserDto);
}
