// GET /api/attempts/<id> — the attempt with its answers, the reviews its owner may see and its result once submitted.
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { handleApi, json } from "@/lib/server/http/api-error";
import { getAttemptView } from "@/lib/server/quizzes/attempts";

export const dynamic = "force-dynamic";

export function GET(_request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  return handleApi(async () => {
    const { id } = await context.params;
    return json(await getAttemptView(await getCurrentUser(), id));
  });
}
