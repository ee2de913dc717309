// POST /api/interview/assessments — starts a timed assessment drawn by the blueprint, body `{ length: "full" | "short" }`; returns its id and deadline.
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { handleApi, invalidBody, json, readJsonBody } from "@/lib/server/http/api-error";
import { startAssessment } from "@/lib/server/interview/assessments";
import { startAssessmentSchema } from "@/lib/validation/interview";

export const dynamic = "force-dynamic";

export function POST(request: Request): Promise<Response> {
  return handleApi(async () => {
    const body = startAssessmentSchema.safeParse(await readJsonBody(request, 4096));
    if (!body.success) throw invalidBody(body.error);
    return json(await startAssessment(await getCurrentUser(), body.data.length), 201);
  });
}
