import "server-only";

import type { RecentFailures } from "@/lib/server/auth/sign-in-limit";
import { MAX_FAILURES_PER_ADDRESS, MAX_FAILURES_PER_EMAIL, SIGN_IN_WINDOW_MS } from "@/lib/server/auth/sign-in-limit";
import { getDb } from "@/lib/server/db";

/** Failed sign-ins inside the throttle window, newest first, as many as the policy needs. */
export async function listRecentFailures(options: { email: string; ip: string; now: Date }): Promise<RecentFailures> {
  const since = new Date(options.now.getTime() - SIGN_IN_WINDOW_MS);
  const db = getDb();
  const [byEmail, byAddress] = await Promise.all([
    db.signInAttempt.findMany({
      where: { email: options.email, succeeded: false, createdAt: { gt: since } },
      orderBy: { createdAt: "desc" },
      take: MAX_FAILURES_PER_EMAIL,
      select: { createdAt: true },
    }),
    db.signInAttempt.findMany({
      where: { ip: options.ip, succeeded: false, createdAt: { gt: since } },
      orderBy: { createdAt: "desc" },
      take: MAX_FAILURES_PER_ADDRESS,
      select: { createdAt: true },
    }),
  ]);
  return { byEmail: byEmail.map((r) => r.createdAt), byAddress: byAddress.map((r) => r.createdAt) };
}
