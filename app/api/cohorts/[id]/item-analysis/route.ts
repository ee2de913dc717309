// GET /api/cohorts/<id>/item-analysis?quiz=<slug> — per-item difficulty, discrimination and option counts over members' first attempts.
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { loadQuizItemAnalysis } from "@/lib/server/cohorts/quiz-item-analysis";
import { handleApi, invalidBody, json } from "@/lib/server/http/api-error";
import { itemAnalysisQuerySchema } from "@/lib/validation/cohort";

export const dynamic = "force-dynamic";

export function GET(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  return handleApi(async () => {
    const { id } = await context.params;
    const viewer = await getCurrentUser();
    const query = itemAnalysisQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!query.success) throw invalidBody(query.error);
    return json(await loadQuizItemAnalysis(viewer, id, query.data.quiz));
  });
}
