import "server-only";

import { getDb } from "@/lib/server/db";

/** Resolves when the database answers a trivial query, rejects otherwise. */
export async function pingDatabase(): Promise<void> {
  await getDb().$queryRaw`SELECT 1`;
}
