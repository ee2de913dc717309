// GET|POST /api/auth/* — next-auth (sessions, sign-in, sign-out); password
// sign-in is throttled first (429 with Retry-After when too many failures).
import NextAuth from "next-auth";
import type { NextRequest } from "next/server";

import { throttleCredentialsSignIn } from "@/lib/server/auth/throttle-route";
import { getAuthOptions } from "@/lib/server/auth/options";

type Context = { params: Promise<{ nextauth: string[] }> };

async function handle(req: NextRequest, context: Context): Promise<Response> {
  const { nextauth } = await context.params;
  if (req.method === "POST" && nextauth.join("/") === "callback/credentials") {
    const blocked = await throttleCredentialsSignIn(req);
    if (blocked) return blocked;
  }
  const handler = NextAuth(getAuthOptions()) as (req: NextRequest, ctx: { params: { nextauth: string[] } }) => Promise<Response>;
  return handler(req, { params: { nextauth } });
}

export { handle as GET, handle as POST };
