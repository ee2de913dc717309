// PUT /api/interview/assessments/<id>/items/<itemId> — saves an answer (no feedback); after the deadline it is kept, marked late, not scored.
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { handleApi, invalidBody, json, readJsonBody } from "@/lib/server/http/api-error";
import { answerAssessmentItem } from "@/lib/server/interview/assessments";
import { itemAnswerSchema } from "@/lib/validation/quiz";

export const dynamic = "force-dynamic";

export function PUT(request: Request, context: { params: Promise<{ id: string; itemId: string }> }): Promise<Response> {
  return handleApi(async () => {
    const { id, itemId } = await context.params;
    const body = itemAnswerSchema.safeParse(await readJsonBody(request, 8192));
    if (!body.success) throw invalidBody(body.error);
    return json(await answerAssessmentItem(await getCurrentUser(), { assessmentId: id, itemId, answer: body.data }));
  });
}
