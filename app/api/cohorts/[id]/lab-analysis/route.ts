// GET /api/cohorts/<id>/lab-analysis — per lab check: members who failed it first time and who still fail it.
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { loadLabAnalysis } from "@/lib/server/cohorts/lab-analysis";
import { handleApi, json } from "@/lib/server/http/api-error";

export const dynamic = "force-dynamic";

export function GET(_request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  return handleApi(async () => {
    const { id } = await context.params;
    return json(await loadLabAnalysis(await getCurrentUser(), id));
  });
}
