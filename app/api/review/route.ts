// GET /api/review — the signed-in learner's review cards due today, items without keys.
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { handleApi, json } from "@/lib/server/http/api-error";
import { listDueToday } from "@/lib/server/review/review-session";

export const dynamic = "force-dynamic";

export function GET(): Promise<Response> {
  return handleApi(async () => json({ cards: await listDueToday(await getCurrentUser(), new Date()) }));
}
