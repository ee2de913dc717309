// PUT /api/interview/assessments/<id>/prompts/<promptId>/ratings — the learner's self-rating of their written answer per key point, after submission.
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { handleApi, invalidBody, json, readJsonBody } from "@/lib/server/http/api-error";
import { rateOpenAnswer } from "@/lib/server/interview/assessments";
import { selfRatingsSchema } from "@/lib/validation/interview";

export const dynamic = "force-dynamic";

export function PUT(request: Request, context: { params: Promise<{ id: string; promptId: string }> }): Promise<Response> {
  return handleApi(async () => {
    const { id, promptId } = await context.params;
    const body = selfRatingsSchema.safeParse(await readJsonBody(request, 4096));
    if (!body.success) throw invalidBody(body.error);
    return json(await rateOpenAnswer(await getCurrentUser(), { assessmentId: id, promptId, ratings: body.data.ratings }));
  });
}
