// POST /api/labs/<slug>/submissions — body `{ seed, transcript }`; replays it in the simulator and returns every check's result.
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { clientAddress } from "@/lib/server/auth/client-address";
import { handleApi, json, readJsonBody } from "@/lib/server/http/api-error";
import { submitLab } from "@/lib/server/labs/submit-lab";
import { MAX_LAB_BODY_BYTES } from "@/lib/validation/lab";

export const dynamic = "force-dynamic";

export function POST(request: Request, context: { params: Promise<{ slug: string }> }): Promise<Response> {
  return handleApi(async () => {
    const { slug } = await context.params;
    const body = await readJsonBody(request, MAX_LAB_BODY_BYTES);
    const outcome = await submitLab(await getCurrentUser(), slug, body, clientAddress(request.headers));
    return json(outcome, 201);
  });
}
