import "server-only";

import { getDb } from "@/lib/server/db";

import { toUserDto, userDtoSelect, type UserDto } from "./user.dto";

/**
 * The account for an external identity: the one already linked to it, else the
 * one with the same (provider-verified) email, else a new learner account.
 */
export async function linkOAuthUser(options: {
  provider: string;
  providerAccountId: string;
  email: string;
  name?: string | null;
}): Promise<UserDto> {
  const db = getDb();
  const linked = await db.oAuthAccount.findUnique({
    where: { provider_providerAccountId: { provider: options.provider, providerAccountId: options.providerAccountId } },
    select: { user: { select: userDtoSelect } },
  });
  if (linked) return toUserDto(linked.user);
  const user = await db.user.upsert({
    where: { email: options.email },
    create: { email: options.email, name: options.name ?? null },
    update: {},
    select: userDtoSelect,
  });
  await db.oAuthAccount.create({
    data: { userId: user.id, provider: options.provider, providerAccountId: options.providerAccountId },
  });
  return toUserDto(user);
}
