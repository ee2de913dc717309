// GET /api/quizzes/<slug>?seed=N | ?attempt=<id> — the quiz's items without keys or explanations,
// options in the order of the seed (an attempt's own seed when `attempt` is given).
import { z } from "zod";

import { getCurrentUser } from "@/lib/server/auth/current-user";
import { handleApi, invalidBody, json } from "@/lib/server/http/api-error";
import { getAttemptView } from "@/lib/server/quizzes/attempts";
import { getPublicQuiz } from "@/lib/server/quizzes/public-quiz";

export const dynamic = "force-dynamic";

const querySchema = z.strictObject({
  seed: z.coerce.number().int().min(0).max(2 ** 31 - 1).optional(),
  attempt: z.string().min(1).max(400).optional(),
});

export function GET(request: Request, context: { params: Promise<{ slug: string }> }): Promise<Response> {
  return handleApi(async () => {
    const { slug } = await context.params;
    const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!query.success) throw invalidBody(query.error);
    const seed = query.data.attempt ? (await getAttemptView(await getCurrentUser(), query.data.attempt)).seed : (query.data.seed ?? 0);
    return json(await getPublicQuiz(slug, seed));
  });
}
