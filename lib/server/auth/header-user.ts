import "server-only";

import { getCurrentUser } from "@/lib/server/auth/current-user";
import { countDueToday } from "@/lib/server/review/review-session";
import type { RoleName } from "@/lib/validation/auth";

/**
 * The signed-in user for the site header. A database outage must not take
 * down pages that do not need it, so the header then shows the signed-out state.
 */
export async function getHeaderUser(): Promise<{ email: string; name: string | null; role: RoleName; dueCards: number } | null> {
  try {
    const user = await getCurrentUser();
    return user ? { email: user.email, name: user.name, role: user.role, dueCards: await countDueToday(user.id, new Date()) } : null;
  } catch {
    return null;
  }
}
