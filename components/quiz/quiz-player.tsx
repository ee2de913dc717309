"use client";

import { useState, useTransition } from "react";

import type { AttemptResult, ItemReview, PublicQuiz } from "@/lib/quiz/types";

import { draftAnswer, initialDraft, ItemInput, type Draft } from "./item-input";
import { ItemPrompt } from "./item-prompt";
import { ItemReviewPanel } from "./item-review";
import { QuizResults } from "./quiz-results";
import { useFocusAfterMove } from "@/components/ui/use-focus-after-move";

type Mode = "practice" | "exam";
type ActionResult<T> = { ok: true; data: T } | { ok: false; error: string };

export type QuizActions = {
  start(input: { slug: string; mode: Mode }): Promise<ActionResult<{ attemptId: string; mode: Mode; quiz: PublicQuiz }>>;
  answer(input: { attemptId: string; itemId: string; answer: Record<string, unknown> }): Promise<ActionResult<{ itemId: string; recorded: boolean; review: ItemReview | null }>>;
  submit(input: { attemptId: string; responses?: Record<string, Record<string, unknown>> }): Promise<ActionResult<AttemptResult>>;
};

export type ResumedAttempt = { attemptId: string; mode: Mode; quiz: PublicQuiz; answers: Record<string, Draft>; reviews: Record<string, ItemReview> };

type Props = { slug: string; title: string; itemCount: number; signedIn: boolean; actions: QuizActions; resume?: ResumedAttempt };

type Attempt = { id: string; mode: Mode; quiz: PublicQuiz };

/** One item per screen, keyboard operable; practice mode grades each answer at once, exam mode at the end. */
export function QuizPlayer({ slug, title, itemCount, signedIn, actions, resume }: Props) {
  const [attempt, setAttempt] = useState<Attempt | null>(resume ? { id: resume.attemptId, mode: resume.mode, quiz: resume.quiz } : null);
  const [index, setIndex] = useState(() => (resume ? Math.min(Object.keys(resume.answers).length, resume.quiz.items.length - 1) : 0));
  const [drafts, setDrafts] = useState<Record<string, Draft>>(resume?.answers ?? {});
  const [saved, setSaved] = useState<Record<string, Record<string, unknown>>>(() =>
    Object.fromEntries(Object.entries(resume?.answers ?? {}).map(([id, d]) => [id, d as Record<string, unknown>])),
  );
  const [reviews, setReviews] = useState<Record<string, ItemReview>>(resume?.reviews ?? {});
  const [result, setResult] = useState<AttemptResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const markMoved = useFocusAfterMove(`${attempt?.id ?? ""}/${index}/${result ? "results" : ""}`, result ? "quiz-results-heading" : "quiz-item-heading");

  function begin(mode: Mode) {
    setError(null);
    startTransition(async () => {
      const started = await actions.start({ slug, mode });
      if (!started.ok) return setError(started.error);
      markMoved();
      setAttempt({ id: started.data.attemptId, mode: started.data.mode, quiz: started.data.quiz });
      if (signedIn) window.history.replaceState(null, "", `?attempt=${encodeURIComponent(started.data.attemptId)}`);
    });
  }

  if (result && attempt) return <QuizResults result={result} items={attempt.quiz.items} title={title} />;

  if (!attempt) {
    return (
      <section className="quiz-start" aria-labelledby="quiz-start-heading">
        <h2 id="quiz-start-heading">Start the quiz</h2>
        <p>
          {itemCount} questions. In <strong>practice</strong> mode each answer is graded at once, with the explanation. In <strong>exam</strong> mode you see nothing until you submit.
          {signedIn ? " Your results are saved to your progress." : " You are not signed in: you will see your results, but they are not saved."}
        </p>
        <div className="hero__actions">
          <button type="button" className="button" disabled={pending} onClick={() => begin("practice")}>
            Start in practice mode
          </button>
          <button type="button" className="button button--secondary" disabled={pending} onClick={() => begin("exam")}>
            Start in exam mode
          </button>
        </div>
        {error ? <p className="form__error" role="alert">{error}</p> : null}
      </section>
    );
  }

  const items = attempt.quiz.items;
  const item = items[index]!;
  const draft = drafts[item.id] ?? initialDraft(item);
  const review = reviews[item.id];
  const answer = draftAnswer(item, draft);
  const answeredCount = items.filter((i) => saved[i.id]).length;
  const locked = attempt.mode === "practice" && review !== undefined;

  function go(to: number) {
    markMoved();
    setError(null);
    setIndex(to);
  }

  function record() {
    if (!answer || !attempt) return;
    setError(null);
    startTransition(async () => {
      const outcome = await actions.answer({ attemptId: attempt.id, itemId: item.id, answer });
      if (!outcome.ok) return setError(outcome.error);
      setSaved((s) => ({ ...s, [item.id]: answer }));
      const graded = outcome.data.review;
      if (graded) setReviews((r) => ({ ...r, [item.id]: graded }));
      else if (index < items.length - 1) go(index + 1);
    });
  }

  function finish() {
    if (!attempt) return;
    const unanswered = items.length - answeredCount;
    if (unanswered > 0 && !window.confirm(`${unanswered} question(s) are not answered and will count as wrong. Submit anyway?`)) return;
    setError(null);
    startTransition(async () => {
      const submitted = await actions.submit({ attemptId: attempt.id, responses: signedIn ? undefined : saved });
      if (!submitted.ok) return setError(submitted.error);
      markMoved();
      setResult(submitted.data);
    });
  }

  return (
    <section className="quiz-player" aria-labelledby="quiz-item-heading">
      <div className="quiz-progress">
        <p>
          Question {index + 1} of {items.length} · {answeredCount} answered · {attempt.mode === "practice" ? "Practice" : "Exam"} mode
        </p>
        <progress max={items.length} value={answeredCount} aria-label="Questions answered" />
      </div>
      <h2 id="quiz-item-heading" tabIndex={-1}>
        Question {index + 1}
      </h2>
      <ItemPrompt item={item} />
      <form
        onSubmit={(e) => {
          e.preventDefault();
          record();
        }}
      >
        <ItemInput item={item} draft={draft} locked={locked || pending} onChange={(d) => setDrafts((all) => ({ ...all, [item.id]: d }))} />
        <div className="quiz-actions">
          {locked ? null : (
            <button type="submit" className="button" disabled={!answer || pending}>
              {attempt.mode === "practice" ? "Check answer" : saved[item.id] ? "Update answer" : "Save answer"}
            </button>
          )}
          <button type="button" className="button button--secondary" disabled={index === 0} onClick={() => go(index - 1)}>
            Previous
          </button>
          <button type="button" className="button button--secondary" disabled={index === items.length - 1} onClick={() => go(index + 1)}>
            Next
          </button>
          <button type="button" className="button button--secondary" disabled={pending} onClick={finish}>
            Submit the quiz
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {error ? (
          <p className="form__error" role="alert">
            {error}
          </p>
        ) : null}
        {attempt.mode === "exam" && saved[item.id] && !review ? <p className="field__hint">Answer saved.</p> : null}
        {review ? <ItemReviewPanel item={item} review={review} /> : null}
      </div>
    </section>
  );
}
