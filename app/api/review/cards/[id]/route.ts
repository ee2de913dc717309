// POST /api/review/cards/<id> — reviews a due card, body `{ version, answer }`: graded like the quiz, scheduled by FSRS; 404 if not due or not yours, 409 if already reviewed.
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { handleApi, invalidBody, json, readJsonBody } from "@/lib/server/http/api-error";
import { reviewCard } from "@/lib/server/review/review-session";
import { cardReviewSchema } from "@/lib/validation/review";

export const dynamic = "force-dynamic";

export function POST(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  return handleApi(async () => {
    const { id } = await context.params;
    const body = cardReviewSchema.safeParse(await readJsonBody(request, 8192));
    if (!body.success) throw invalidBody(body.error);
    return json(await reviewCard(await getCurrentUser(), { cardId: id, ...body.data, now: new Date() }));
  });
}
