// POST /api/quizzes/<slug>/attempts — starts an attempt, body `{ mode: "practice" | "exam" }`; returns its id and seed.
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { handleApi, invalidBody, json, readJsonBody } from "@/lib/server/http/api-error";
import { startAttempt } from "@/lib/server/quizzes/attempts";
import { startAttemptSchema } from "@/lib/validation/quiz";

export const dynamic = "force-dynamic";

export function POST(request: Request, context: { params: Promise<{ slug: string }> }): Promise<Response> {
  return handleApi(async () => {
    const { slug } = await context.params;
    const body = startAttemptSchema.safeParse(await readJsonBody(request, 4096));
    if (!body.success) throw invalidBody(body.error);
    return json(await startAttempt(await getCurrentUser(), slug, body.data.mode), 201);
  });
}
