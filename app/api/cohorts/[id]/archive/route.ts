// POST /api/cohorts/<id>/archive — archives the cohort: its data stays, nobody can join any more.
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { archiveCohort } from "@/lib/server/cohorts/manage-cohorts";
import { handleApi, json } from "@/lib/server/http/api-error";

export const dynamic = "force-dynamic";

export function POST(_request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  return handleApi(async () => {
    const { id } = await context.params;
    return json(await archiveCohort(await getCurrentUser(), id));
  });
}
