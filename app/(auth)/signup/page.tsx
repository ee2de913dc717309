import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";

import { getCurrentUser } from "@/lib/server/auth/current-user";

import { SignUpForm } from "./_components/sign-up-form";

export const metadata: Metadata = { title: "Sign up" };

export default async function SignUpPage() {
  if (await getCurrentUser()) redirect("/account");
  return (
    <>
      <h1>Create your account</h1>
      <p>Your progress through lessons, quizzes and labs is saved to your account.</p>
      <SignUpForm />
      <p>
        Already have an account? <Link href="/signin">Sign in</Link>
      </p>
    </>
  );
}
