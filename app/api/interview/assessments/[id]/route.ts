// GET /api/interview/assessments/<id> — the open assessment (items without keys, saved answers, deadline) or, once submitted, its report.
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { handleApi, json } from "@/lib/server/http/api-error";
import { getAssessmentView } from "@/lib/server/interview/assessments";

export const dynamic = "force-dynamic";

export function GET(_request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  return handleApi(async () => {
    const { id } = await context.params;
    return json(await getAssessmentView(await getCurrentUser(), id));
  });
}
