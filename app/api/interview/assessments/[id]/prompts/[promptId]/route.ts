// PUT /api/interview/assessments/<id>/prompts/<promptId> — saves the written answer to an open prompt, body `{ text }`.
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { handleApi, invalidBody, json, readJsonBody } from "@/lib/server/http/api-error";
import { answerAssessmentPrompt } from "@/lib/server/interview/assessments";
import { openAnswerSchema } from "@/lib/validation/interview";

export const dynamic = "force-dynamic";

export function PUT(request: Request, context: { params: Promise<{ id: string; promptId: string }> }): Promise<Response> {
  return handleApi(async () => {
    const { id, promptId } = await context.params;
    const body = openAnswerSchema.safeParse(await readJsonBody(request, 32_768));
    if (!body.success) throw invalidBody(body.error);
    return json(await answerAssessmentPrompt(await getCurrentUser(), { assessmentId: id, promptId, text: body.data.text }));
  });
}
