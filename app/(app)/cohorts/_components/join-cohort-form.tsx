"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";

import { TextField } from "@/components/ui/text-field";

import { joinCohortAction } from "../actions";

/** Joins a cohort with the code an instructor shared; a join link fills the code in. */
export function JoinCohortForm({ initialCode }: { initialCode: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const code = String(new FormData(event.currentTarget).get("code") ?? "");
    setPending(true);
    setError(null);
    setMessage(null);
    try {
      const result = await joinCohortAction({ code });
      if (result.ok) {
        setMessage(result.data.alreadyMember ? `You are already in ${result.data.cohortName}.` : `You joined ${result.data.cohortName}.`);
        router.replace("/cohorts");
        router.refresh();
      } else {
        setError(result.fieldErrors?.code ?? (result.error.includes("not found") ? "No open cohort has this code. Check it with your instructor." : result.error));
      }
    } catch {
      setError("Joining did not work. Please try again.");
    } finally {
      setPending(false);
    }
  }

  return (
    <form className="form join-form" onSubmit={submit} noValidate>
      <TextField name="code" label="Join code" hint="Eight letters and digits, like ABCD-2345." defaultValue={initialCode} autoComplete="off" error={error ?? undefined} />
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Joining…" : "Join cohort"}
      </button>
      <p role="status">{message}</p>
    </form>
  );
}
