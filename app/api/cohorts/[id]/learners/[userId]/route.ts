// GET /api/cohorts/<id>/learners/<userId> — one member's lessons, quiz attempts and lab submissions (checks and transcripts).
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { loadLearnerDetail } from "@/lib/server/cohorts/learner-detail";
import { handleApi, json } from "@/lib/server/http/api-error";

export const dynamic = "force-dynamic";

export function GET(_request: Request, context: { params: Promise<{ id: string; userId: string }> }): Promise<Response> {
  return handleApi(async () => {
    const { id, userId } = await context.params;
    return json(await loadLearnerDetail(await getCurrentUser(), id, userId));
  });
}
