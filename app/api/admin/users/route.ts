// GET /api/admin/users?q=<text> — accounts matching the text (administrators only).
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { listUsers } from "@/lib/server/admin/user-roles";
import { handleApi, json } from "@/lib/server/http/api-error";

export const dynamic = "force-dynamic";

export function GET(request: Request): Promise<Response> {
  return handleApi(async () => {
    const q = (new URL(request.url).searchParams.get("q") ?? "").slice(0, 200);
    return json({ users: await listUsers(await getCurrentUser(), q) });
  });
}
