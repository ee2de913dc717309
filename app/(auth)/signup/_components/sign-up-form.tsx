"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";

import { TextField } from "@/components/ui/text-field";
import { MIN_PASSWORD_LENGTH } from "@/lib/validation/auth";

import { signUpAction } from "../actions";

export function SignUpForm() {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      name: String(form.get("name") ?? ""),
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
    };
    setPending(true);
    setError(null);
    try {
      const result = await signUpAction(input);
      if (!result.ok) {
        setError(result.error);
        setFieldErrors(result.fieldErrors);
        return;
      }
      setFieldErrors({});
      const signedIn = await signIn("credentials", { redirect: false, email: input.email, password: input.password });
      if (signedIn?.ok) {
        router.push("/account");
        router.refresh();
      } else {
        router.push("/signin");
      }
    } catch {
      setError("Something went wrong on our side. Your account may not have been created; please try again.");
    } finally {
      setPending(false);
    }
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-describedby={error ? "signup-error" : undefined}>
      {error ? (
        <p id="signup-error" role="alert" className="form__error">
          {error}
        </p>
      ) : null}
      <TextField name="name" label="Name (optional)" autoComplete="name" maxLength={100} error={fieldErrors.name} />
      <TextField name="email" label="Email" type="email" autoComplete="email" required error={fieldErrors.email} />
      <TextField
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
        error={fieldErrors.password}
      />
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Creating your account…" : "Create account"}
      </button>
    </form>
  );
}
