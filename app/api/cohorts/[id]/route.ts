// GET /api/cohorts/<id> — the cohort dashboard's data: roster, lessons heatmap, concept mastery, completions.
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { loadCohortDashboard } from "@/lib/server/cohorts/cohort-dashboard";
import { handleApi, json } from "@/lib/server/http/api-error";

export const dynamic = "force-dynamic";

export function GET(_request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  return handleApi(async () => {
    const { id } = await context.params;
    return json(await loadCohortDashboard(await getCurrentUser(), id));
  });
}
