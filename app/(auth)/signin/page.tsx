import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";

import { describeSignInError } from "@/lib/auth/sign-in-errors";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { listExternalProviders } from "@/lib/server/auth/options";
import { safeCallbackPath } from "@/lib/validation/callback-url";

import { ProviderButtons } from "./_components/provider-buttons";
import { SignInForm } from "./_components/sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<{ callbackUrl?: string; error?: string }> };

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(params.callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  const providers = listExternalProviders();
  return (
    <>
      <h1>Sign in</h1>
      <SignInForm callbackUrl={callbackUrl} initialError={params.error ? describeSignInError(params.error) : null} />
      {providers.length > 0 ? <ProviderButtons providers={providers} callbackUrl={callbackUrl} /> : null}
      <p>
        New here? <Link href="/signup">Create an account</Link>
      </p>
    </>
  );
}
