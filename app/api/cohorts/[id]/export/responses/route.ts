// GET /api/cohorts/<id>/export/responses — CSV of every item response of the members, one row per response, streamed.
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { exportResponsesCsv } from "@/lib/server/cohorts/csv-exports";
import { handleApi } from "@/lib/server/http/api-error";
import { csvResponse } from "@/lib/server/http/csv-response";

export const dynamic = "force-dynamic";

export function GET(_request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  return handleApi(async () => {
    const { id } = await context.params;
    return csvResponse(await exportResponsesCsv(await getCurrentUser(), id));
  });
}
