"use client";

import { useState, useTransition } from "react";

import { draftAnswer, initialDraft, ItemInput, type Draft } from "@/components/quiz/item-input";
import { ItemPrompt } from "@/components/quiz/item-prompt";
import { ItemReviewPanel } from "@/components/quiz/item-review";
import type { CardReviewResult, DueCard, RatingName } from "@/lib/review/types";
import { useFocusAfterMove } from "@/components/ui/use-focus-after-move";

type ActionResult<T> = { ok: true; data: T } | { ok: false; error: string };

export type ReviewAction = (input: { cardId: string; version: number; answer: Record<string, unknown> }) => Promise<ActionResult<CardReviewResult>>;

const RATING_TEXT: Record<RatingName, string> = { again: "Again", hard: "Hard", good: "Good", easy: "Easy" };

const day = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

/** Today's due cards one at a time, graded like the quiz; each result reschedules its card. */
export function ReviewSession({ cards, review }: { cards: DueCard[]; review: ReviewAction }) {
  const [index, setIndex] = useState(0);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [result, setResult] = useState<CardReviewResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const markMoved = useFocusAfterMove(String(index), index >= cards.length ? "review-done-heading" : "review-card-heading");

  if (index >= cards.length) {
    return (
      <section aria-labelledby="review-done-heading">
        <h2 id="review-done-heading" tabIndex={-1}>
          All caught up
        </h2>
        <p>No more cards are due today. Come back tomorrow to keep your streak.</p>
      </section>
    );
  }

  const card = cards[index]!;
  const current = draft ?? initialDraft(card.item);
  const answer = draftAnswer(card.item, current);

  function next() {
    markMoved();
    setDraft(null);
    setResult(null);
    setError(null);
    setIndex((i) => i + 1);
  }

  return (
    <section className="quiz-player" aria-labelledby="review-card-heading">
      <div className="quiz-progress">
        <p>
          Card {index + 1} of {cards.length} due today
        </p>
        <progress max={cards.length} value={index + (result ? 1 : 0)} aria-label="Cards reviewed" />
      </div>
      <h2 id="review-card-heading" tabIndex={-1}>
        Card {index + 1}
      </h2>
      <ItemPrompt item={card.item} />
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!answer) return;
          setError(null);
          startTransition(async () => {
            const outcome = await review({ cardId: card.cardId, version: card.version, answer });
            if (!outcome.ok) return setError(outcome.error);
            setResult(outcome.data);
          });
        }}
      >
        <ItemInput item={card.item} draft={current} locked={pending || result !== null} onChange={setDraft} />
        <div className="quiz-actions">
          {result ? (
            <button type="button" className="button" onClick={next}>
              {index < cards.length - 1 ? "Next card" : "Finish"}
            </button>
          ) : (
            <button type="submit" className="button" disabled={!answer || pending}>
              Check answer
            </button>
          )}
          {error ? (
            <button type="button" className="button button--secondary" onClick={next}>
              Skip this card
            </button>
          ) : null}
        </div>
      </form>
      <div aria-live="polite">
        {error ? (
          <p className="form__error" role="alert">
            {error}
          </p>
        ) : null}
        {result ? (
          <>
            <p className="review-schedule">
              Rated <strong>{RATING_TEXT[result.rating]}</strong>; next review on {day.format(new Date(result.nextDue))}.
            </p>
            <ItemReviewPanel item={card.item} review={result.review} />
          </>
        ) : null}
      </div>
    </section>
  );
}
