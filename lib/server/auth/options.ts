import "server-only";

import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import type { Provider } from "next-auth/providers/index";

import { clientAddress } from "@/lib/server/auth/client-address";
import { verifyPassword } from "@/lib/server/auth/password";
import { findUserForSignIn } from "@/lib/server/data/users/find-user-for-sign-in";
import { linkOAuthUser } from "@/lib/server/data/users/link-oauth-user";
import { recordSignInAttempt } from "@/lib/server/data/sign-in-attempts/record-sign-in-attempt";
import { decodeSessionToken, encodeSessionToken } from "@/lib/server/auth/session-token";
import { getServerEnv } from "@/lib/server/env";
import { signInSchema } from "@/lib/validation/auth";

function credentialsProvider(): Provider {
  return CredentialsProvider({
    id: "credentials",
    name: "Email and password",
    credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
    async authorize(credentials, req) {
      const parsed = signInSchema.safeParse(credentials ?? {});
      if (!parsed.success) return null;
      const { email, password } = parsed.data;
      const found = await findUserForSignIn({ email });
      const ok = await verifyPassword(found?.passwordHash, password);
      await recordSignInAttempt({ email, ip: clientAddress(req.headers ?? {}), succeeded: ok });
      if (!ok || !found) return null;
      return { id: found.user.id, email: found.user.email, name: found.user.name };
    },
  });
}

function externalProviders(): Provider[] {
  const env = getServerEnv();
  const providers: Provider[] = [];
  if (env.GITHUB_ID && env.GITHUB_SECRET) {
    providers.push(GitHubProvider({ clientId: env.GITHUB_ID, clientSecret: env.GITHUB_SECRET }));
  }
  if (env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET) {
    providers.push({
      id: "oidc",
      name: env.OIDC_NAME,
      type: "oauth",
      wellKnown: `${env.OIDC_ISSUER.replace(/\/$/, "")}/.well-known/openid-configuration`,
      authorization: { params: { scope: "openid email profile" } },
      idToken: true,
      checks: ["pkce", "state"],
      clientId: env.OIDC_CLIENT_ID,
      clientSecret: env.OIDC_CLIENT_SECRET,
      profile(profile: { sub: string; email?: string; name?: string }) {
        return { id: profile.sub, email: profile.email, name: profile.name };
      },
    });
  }
  return providers;
}

/** The external sign-in options configured for this deployment, for the sign-in page. */
export function listExternalProviders(): { id: string; name: string }[] {
  return externalProviders().map((p) => ({ id: p.id, name: p.name }));
}

export function getAuthOptions(): NextAuthOptions {
  return {
    secret: process.env.NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
    jwt: { encode: encodeSessionToken, decode: decodeSessionToken },
    pages: { signIn: "/signin", error: "/signin" },
    providers: [credentialsProvider(), ...externalProviders()],
    callbacks: {
      async signIn({ user, account }) {
        if (!account || account.provider === "credentials") return true;
        if (!user.email) return "/signin?error=EmailRequired";
        const linked = await linkOAuthUser({
          provider: account.provider,
          providerAccountId: account.providerAccountId,
          email: user.email.toLowerCase(),
          name: user.name,
        });
        user.id = linked.id;
        return true;
      },
      async jwt({ token, user }) {
        if (user) token.sub = user.id;
        return token;
      },
      async session({ session, token }) {
        return { ...session, user: { ...session.user, id: token.sub } };
      },
    },
  };
}
