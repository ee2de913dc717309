// POST /api/cohorts/<id>/join-code — replaces the join code; the old code and link stop working.
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { rotateJoinCode } from "@/lib/server/cohorts/manage-cohorts";
import { handleApi, json } from "@/lib/server/http/api-error";

export const dynamic = "force-dynamic";

export function POST(_request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  return handleApi(async () => {
    const { id } = await context.params;
    return json(await rotateJoinCode(await getCurrentUser(), id));
  });
}
