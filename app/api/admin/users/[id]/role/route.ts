// PUT /api/admin/users/<id>/role — sets the account's role to { role: "learner" | "instructor" | "admin" } (administrators only).
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { setUserRole } from "@/lib/server/admin/user-roles";
import { requireAdmin } from "@/lib/server/cohorts/access";
import { handleApi, invalidBody, json, readJsonBody } from "@/lib/server/http/api-error";
import { setRoleSchema } from "@/lib/validation/cohort";

export const dynamic = "force-dynamic";

export function PUT(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  return handleApi(async () => {
    const { id } = await context.params;
    const viewer = requireAdmin(await getCurrentUser());
    const parsed = setRoleSchema.safeParse(await readJsonBody(request, 1024));
    if (!parsed.success) throw invalidBody(parsed.error);
    return json(await setUserRole(viewer, id, parsed.data.role));
  });
}
