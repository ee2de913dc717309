// POST /api/interview/assessments/<id>/submit — closes the assessment and returns the report; answers sent after the deadline are kept, marked late, not scored.
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { handleApi, invalidBody, json, readJsonBody } from "@/lib/server/http/api-error";
import { submitAssessment } from "@/lib/server/interview/assessments";
import { submitAssessmentSchema } from "@/lib/validation/interview";

export const dynamic = "force-dynamic";

export function POST(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  return handleApi(async () => {
    const { id } = await context.params;
    const body = submitAssessmentSchema.safeParse(await readJsonBody(request, 262_144));
    if (!body.success) throw invalidBody(body.error);
    return json(await submitAssessment(await getCurrentUser(), { assessmentId: id, ...body.data }));
  });
}
