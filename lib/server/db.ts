import "server-only";

import { PrismaPg } from "@prisma/adapter-pg";

import { PrismaClient } from "@/lib/generated/prisma/client";
import { getDatabaseUrl } from "@/lib/server/env";
import { createPgPool } from "@/lib/server/pg-pool";

// One client per process; dev-mode hot reloads would otherwise open a new pool each time.
const globalForPrisma = globalThis as unknown as { academyPrisma?: PrismaClient };

export function getDb(): PrismaClient {
  if (!globalForPrisma.academyPrisma) {
    const adapter = new PrismaPg(createPgPool(getDatabaseUrl()));
    globalForPrisma.academyPrisma = new PrismaClient({ adapter });
  }
  return globalForPrisma.academyPrisma;
}
