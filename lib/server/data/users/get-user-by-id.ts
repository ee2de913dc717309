import "server-only";

import type { Role } from "@/lib/generated/prisma/enums";
import { queryRows } from "@/lib/server/db";

import { toUserDto, type UserDto } from "./user.dto";

// Read on every signed-in request (roles come from the database, not the token), so it goes straight
// through the driver: the Prisma client's per-query work costs several times the statement itself.
export async function getUserById(options: { id: string }): Promise<UserDto | null> {
  const [row] = await queryRows<{ id: string; email: string; name: string | null; role: Role; createdAt: Date }>(
    `SELECT id, email, name, role, "createdAt" FROM "User" WHERE id = $1`,
    [options.id],
  );
  return row ? toUserDto(row) : null;
}
