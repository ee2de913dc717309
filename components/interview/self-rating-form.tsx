"use client";

import { useState, useTransition } from "react";

import type { PromptReport, SelfRating } from "@/lib/interview/types";

type ActionResult<T> = { ok: true; data: T } | { ok: false; error: string };

export type RateAction = (input: { assessmentId: string; promptId: string; ratings: Record<string, SelfRating> }) => Promise<ActionResult<unknown>>;

const CHOICES: { value: SelfRating; label: string }[] = [
  { value: "covered", label: "Covered" },
  { value: "partly", label: "Partly" },
  { value: "missed", label: "Missed" },
];

/** The learner rates their written answer against each key point of the rubric. */
export function SelfRatingForm({ assessmentId, prompt, rate }: { assessmentId: string; prompt: PromptReport; rate: RateAction }) {
  const [ratings, setRatings] = useState<Partial<Record<string, SelfRating>>>(prompt.ratings ?? {});
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const complete = prompt.points.every((p) => ratings[p.id]);

  return (
    <form
      className="self-rating"
      onSubmit={(e) => {
        e.preventDefault();
        setError(null);
        startTransition(async () => {
          const result = await rate({ assessmentId, promptId: prompt.id, ratings: ratings as Record<string, SelfRating> });
          if (!result.ok) return setError(result.error);
          const covered = prompt.points.reduce((sum, p) => sum + (ratings[p.id] === "covered" ? 1 : ratings[p.id] === "partly" ? 0.5 : 0), 0);
          setStatus(`Self-assessment saved: ${Math.round((100 * covered) / prompt.points.length)}% of the key points.`);
        });
      }}
    >
      {prompt.points.map((point) => (
        <fieldset key={point.id} className="self-rating__point">
          <legend>{point.text}</legend>
          {CHOICES.map((choice) => (
            <label key={choice.value}>
              <input type="radio" name={`${prompt.id}-${point.id}`} value={choice.value} checked={ratings[point.id] === choice.value} onChange={() => setRatings((r) => ({ ...r, [point.id]: choice.value }))} />{" "}
              {choice.label}
            </label>
          ))}
        </fieldset>
      ))}
      <button type="submit" className="button" disabled={!complete || pending}>
        Save my self-assessment
      </button>
      <div aria-live="polite">
        {error ? (
          <p className="form__error" role="alert">
            {error}
          </p>
        ) : null}
        {status ? <p className="field__hint">{status}</p> : null}
      </div>
    </form>
  );
}
