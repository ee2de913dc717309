import "server-only";

import { hashPassword } from "@/lib/server/auth/password";
import { createUser, EmailTakenError } from "@/lib/server/data/users/create-user";
import { isEmbeddedDatabase } from "@/lib/server/env";
import { fieldErrorsOf, signUpSchema } from "@/lib/validation/auth";

export type SignUpResult =
  | { ok: true; data: { email: string; role: string } }
  | { ok: false; error: string; fieldErrors: Record<string, string> };

/** Validates and creates a password account; nothing is written when any field is wrong. */
export async function signUp(input: unknown): Promise<SignUpResult> {
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, error: "Please correct the highlighted fields.", fieldErrors: fieldErrorsOf(parsed.error) };
  }
  try {
    const user = await createUser({
      email: parsed.data.email,
      name: parsed.data.name,
      passwordHash: await hashPassword(parsed.data.password),
      firstAccountBecomesAdmin: isEmbeddedDatabase(),
    });
    return { ok: true, data: { email: user.email, role: user.role } };
  } catch (error) {
    if (error instanceof EmailTakenError) {
      return { ok: false, error: "Please correct the highlighted fields.", fieldErrors: { email: error.message } };
    }
    throw error;
  }
}
