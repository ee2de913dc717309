"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";

import type { AssessmentLength } from "@/lib/interview/types";

type ActionResult<T> = { ok: true; data: T } | { ok: false; error: string };

export function StartAssessment({ start }: { start(input: { length: AssessmentLength }): Promise<ActionResult<{ assessmentId: string }>> }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function begin(length: AssessmentLength) {
    setError(null);
    startTransition(async () => {
      const started = await start({ length });
      if (!started.ok) return setError(started.error);
      router.push(`/interview/${started.data.assessmentId}`);
    });
  }

  return (
    <div>
      <div className="hero__actions">
        <button type="button" className="button" disabled={pending} onClick={() => begin("full")}>
          Start the full assessment
        </button>
        <button type="button" className="button button--secondary" disabled={pending} onClick={() => begin("short")}>
          Start a short assessment
        </button>
      </div>
      {error ? (
        <p className="form__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
