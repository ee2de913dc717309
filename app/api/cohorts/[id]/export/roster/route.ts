// GET /api/cohorts/<id>/export/roster — CSV of members' progress, one row per member.
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { exportRosterCsv } from "@/lib/server/cohorts/csv-exports";
import { handleApi } from "@/lib/server/http/api-error";
import { csvResponse } from "@/lib/server/http/csv-response";

export const dynamic = "force-dynamic";

export function GET(_request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  return handleApi(async () => {
    const { id } = await context.params;
    return csvResponse(await exportRosterCsv(await getCurrentUser(), id));
  });
}
