import "server-only";

import { Prisma } from "@/lib/generated/prisma/client";
import { getDb } from "@/lib/server/db";

import { toUserDto, userDtoSelect, type UserDto } from "./user.dto";

export class EmailTakenError extends Error {
  constructor() {
    super("An account with this email already exists.");
  }
}

// Serializes account creation so "the first account becomes admin" holds under concurrent sign-ups.
const FIRST_ACCOUNT_LOCK = 7_231_001;

export async function createUser(options: {
  email: string;
  name?: string;
  passwordHash?: string;
  firstAccountBecomesAdmin: boolean;
}): Promise<UserDto> {
  try {
    const row = await getDb().$transaction(async (tx) => {
      let isFirst = false;
      if (options.firstAccountBecomesAdmin) {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(${FIRST_ACCOUNT_LOCK})`;
        isFirst = (await tx.user.count()) === 0;
      }
      return tx.user.create({
        data: {
          email: options.email,
          name: options.name ?? null,
          passwordHash: options.passwordHash ?? null,
          role: isFirst ? "ADMIN" : "LEARNER",
        },
        select: userDtoSelect,
      });
    });
    return toUserDto(row);
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new EmailTakenError();
    throw error;
  }
}
