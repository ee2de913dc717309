// GET /api/cohorts — the signed-in instructor's cohorts. POST /api/cohorts — creates one (name, startsOn, endsOn, requiredLessons, requiredLabs).
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { requireInstructor } from "@/lib/server/cohorts/access";
import { createCohort, listMyCohorts } from "@/lib/server/cohorts/manage-cohorts";
import { handleApi, invalidBody, json, readJsonBody } from "@/lib/server/http/api-error";
import { createCohortSchema } from "@/lib/validation/cohort";

export const dynamic = "force-dynamic";

const MAX_BODY_BYTES = 16 * 1024;

export function GET(): Promise<Response> {
  return handleApi(async () => json({ cohorts: await listMyCohorts(await getCurrentUser()) }));
}

export function POST(request: Request): Promise<Response> {
  return handleApi(async () => {
    const viewer = requireInstructor(await getCurrentUser());
    const parsed = createCohortSchema.safeParse(await readJsonBody(request, MAX_BODY_BYTES));
    if (!parsed.success) throw invalidBody(parsed.error);
    return json(await createCohort(viewer, parsed.data), 201);
  });
}
