// POST /api/attempts/<id>/submit — closes and grades the attempt: score, per-item results, per-concept breakdown.
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { handleApi, invalidBody, json, readJsonBody } from "@/lib/server/http/api-error";
import { submitAttempt } from "@/lib/server/quizzes/attempts";
import { submitAttemptSchema } from "@/lib/validation/quiz";

export const dynamic = "force-dynamic";

export function POST(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  return handleApi(async () => {
    const { id } = await context.params;
    const body = submitAttemptSchema.safeParse(await readJsonBody(request, 262_144));
    if (!body.success) throw invalidBody(body.error);
    return json(await submitAttempt(await getCurrentUser(), id, body.data.responses));
  });
}
