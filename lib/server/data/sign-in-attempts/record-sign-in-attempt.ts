import "server-only";

import { getDb } from "@/lib/server/db";

export async function recordSignInAttempt(options: { email: string; ip: string; succeeded: boolean }): Promise<void> {
  await getDb().signInAttempt.create({ data: options });
}
