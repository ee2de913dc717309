// DELETE /api/memberships/<cohortId> — leaves the cohort; its instructor no longer sees this learner.
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { leaveCohort } from "@/lib/server/cohorts/memberships";
import { handleApi } from "@/lib/server/http/api-error";

export const dynamic = "force-dynamic";

export function DELETE(_request: Request, context: { params: Promise<{ cohortId: string }> }): Promise<Response> {
  return handleApi(async () => {
    const { cohortId } = await context.params;
    await leaveCohort(await getCurrentUser(), cohortId);
    return new Response(null, { status: 204 });
  });
}
