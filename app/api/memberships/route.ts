// GET /api/memberships — the cohorts the signed-in user belongs to. POST /api/memberships — joins one with { code }.
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { requireSignedIn } from "@/lib/server/cohorts/access";
import { joinCohort, listMyMemberships } from "@/lib/server/cohorts/memberships";
import { handleApi, invalidBody, json, readJsonBody } from "@/lib/server/http/api-error";
import { joinCohortSchema } from "@/lib/validation/cohort";

export const dynamic = "force-dynamic";

export function GET(): Promise<Response> {
  return handleApi(async () => json({ cohorts: await listMyMemberships(await getCurrentUser()) }));
}

export function POST(request: Request): Promise<Response> {
  return handleApi(async () => {
    const viewer = requireSignedIn(await getCurrentUser());
    const parsed = joinCohortSchema.safeParse(await readJsonBody(request, 1024));
    if (!parsed.success) throw invalidBody(parsed.error);
    const joined = await joinCohort(viewer, parsed.data.code);
    return json(joined, joined.alreadyMember ? 200 : 201);
  });
}
