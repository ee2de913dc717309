// PUT /api/attempts/<id>/responses/<itemId> — records one answer; practice mode returns its grade, key and explanation.
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { handleApi, invalidBody, json, readJsonBody } from "@/lib/server/http/api-error";
import { answerItem } from "@/lib/server/quizzes/attempts";
import { itemAnswerSchema } from "@/lib/validation/quiz";

export const dynamic = "force-dynamic";

export function PUT(request: Request, context: { params: Promise<{ id: string; itemId: string }> }): Promise<Response> {
  return handleApi(async () => {
    const { id, itemId } = await context.params;
    const body = itemAnswerSchema.safeParse(await readJsonBody(request, 16_384));
    if (!body.success) throw invalidBody(body.error);
    return json(await answerItem(await getCurrentUser(), id, itemId, body.data));
  });
}
