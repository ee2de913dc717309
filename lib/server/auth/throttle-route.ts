import "server-only";

import { rateLimitedErrorCode } from "@/lib/auth/sign-in-errors";
import { clientAddress } from "@/lib/server/auth/client-address";
import { checkSignInAllowed } from "@/lib/server/auth/sign-in-gate";
import { signInSchema } from "@/lib/validation/auth";

/**
 * Answers 429 before next-auth sees a password sign-in that the throttle
 * refuses; returns null to let it through. The body keeps next-auth's
 * `{ url }` shape so its client reports the error like any other.
 */
export async function throttleCredentialsSignIn(req: Request): Promise<Response | null> {
  const form = await req.clone().formData().catch(() => null);
  const email = signInSchema.shape.email.safeParse(form?.get("email") ?? "");
  if (!email.success) return null;
  const decision = await checkSignInAllowed({ email: email.data, ip: clientAddress(req.headers) });
  if (decision.allowed) return null;
  const url = new URL("/signin", req.url);
  url.searchParams.set("error", rateLimitedErrorCode(decision.retryAfterSeconds));
  return Response.json(
    { url: url.toString(), error: "Too many sign-in attempts", retryAfterSeconds: decision.retryAfterSeconds },
    { status: 429, headers: { "Retry-After": String(decision.retryAfterSeconds) } },
  );
}
