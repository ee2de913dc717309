"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";

import { draftAnswer, initialDraft, ItemInput, type Draft } from "@/components/quiz/item-input";
import { ItemPrompt } from "@/components/quiz/item-prompt";
import { Markdown } from "@/components/markdown";
import type { OpenAssessment } from "@/lib/interview/types";

import { Countdown } from "./countdown";
import { useFocusAfterMove } from "@/components/ui/use-focus-after-move";

type ActionResult<T> = { ok: true; data: T } | { ok: false; error: string };
type Saved = { recorded: boolean; late: boolean };

export type AssessmentActions = {
  answerItem(input: { assessmentId: string; itemId: string; answer: Record<string, unknown> }): Promise<ActionResult<Saved>>;
  answerPrompt(input: { assessmentId: string; promptId: string; text: string }): Promise<ActionResult<Saved>>;
  submit(input: { assessmentId: string; answers?: Record<string, Record<string, unknown>>; openAnswers?: Record<string, string> }): Promise<ActionResult<{ assessmentId: string }>>;
};

type Step = { kind: "item"; index: number } | { kind: "prompt"; index: number };

/** The timed sitting: one question per screen, no feedback until the report, a countdown from the server's deadline. */
export function AssessmentPlayer({ assessment, actions }: { assessment: OpenAssessment; actions: AssessmentActions }) {
  const router = useRouter();
  const steps: Step[] = [...assessment.items.map((_, index) => ({ kind: "item" as const, index })), ...assessment.prompts.map((_, index) => ({ kind: "prompt" as const, index }))];
  const [position, setPosition] = useState(0);
  const [drafts, setDrafts] = useState<Record<string, Draft>>(assessment.answers as Record<string, Draft>);
  const [saved, setSaved] = useState<Record<string, string>>(() => Object.fromEntries(Object.entries(assessment.answers).map(([id, a]) => [id, JSON.stringify(a)])));
  const [texts, setTexts] = useState<Record<string, string>>(assessment.openAnswers);
  const [savedTexts, setSavedTexts] = useState<Record<string, string>>(assessment.openAnswers);
  const [timeUp, setTimeUp] = useState(() => new Date(assessment.deadline).getTime() <= new Date(assessment.serverNow).getTime());
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const markMoved = useFocusAfterMove(String(position), "assessment-step-heading");

  const step = steps[position]!;
  const answeredCount = assessment.items.filter((i) => saved[i.id]).length + assessment.prompts.filter((p) => savedTexts[p.id]).length;

  function go(to: number) {
    markMoved();
    setError(null);
    setMessage(null);
    setPosition(to);
  }

  function unsaved() {
    const answers: Record<string, Record<string, unknown>> = {};
    for (const item of assessment.items) {
      const answer = draftAnswer(item, drafts[item.id] ?? initialDraft(item));
      if (answer && JSON.stringify(answer) !== saved[item.id]) answers[item.id] = answer;
    }
    const openAnswers = Object.fromEntries(Object.entries(texts).filter(([id, text]) => text.trim() && text !== savedTexts[id]));
    return { answers, openAnswers };
  }

  function submit(confirmFirst: boolean) {
    const total = assessment.items.length + assessment.prompts.length;
    if (confirmFirst && answeredCount < total && !window.confirm(`${total - answeredCount} question(s) have no saved answer. Submit anyway?`)) return;
    setError(null);
    startTransition(async () => {
      const result = await actions.submit({ assessmentId: assessment.assessmentId, ...unsaved() });
      if (!result.ok) return setError(result.error);
      router.refresh();
    });
  }

  function save() {
    setError(null);
    startTransition(async () => {
      if (step.kind === "item") {
        const item = assessment.items[step.index]!;
        const answer = draftAnswer(item, drafts[item.id] ?? initialDraft(item));
        if (!answer) return;
        const result = await actions.answerItem({ assessmentId: assessment.assessmentId, itemId: item.id, answer });
        if (!result.ok) return setError(result.error);
        if (result.data.recorded) setSaved((s) => ({ ...s, [item.id]: JSON.stringify(answer) }));
        advance(result.data.late);
      } else {
        const prompt = assessment.prompts[step.index]!;
        const text = texts[prompt.id] ?? "";
        const result = await actions.answerPrompt({ assessmentId: assessment.assessmentId, promptId: prompt.id, text });
        if (!result.ok) return setError(result.error);
        if (result.data.recorded) setSavedTexts((s) => ({ ...s, [prompt.id]: text }));
        advance(result.data.late);
      }
    });
  }

  function advance(late: boolean) {
    if (position < steps.length - 1) go(position + 1);
    setMessage(late ? "Saved after the time limit: it is kept but not scored." : "Answer saved.");
  }

  const item = step.kind === "item" ? assessment.items[step.index]! : null;
  const prompt = step.kind === "prompt" ? assessment.prompts[step.index]! : null;
  const draft = item ? (drafts[item.id] ?? initialDraft(item)) : null;
  const canSave = item ? draftAnswer(item, draft!) !== null : (texts[prompt!.id] ?? "").trim().length > 0;

  return (
    <section className="quiz-player assessment-player" aria-labelledby="assessment-step-heading">
      <div className="quiz-progress">
        <Countdown
          deadline={assessment.deadline}
          serverNow={assessment.serverNow}
          onExpire={() => {
            setTimeUp(true);
            submit(false);
          }}
        />
        <p>
          Question {position + 1} of {steps.length} · {answeredCount} saved · No feedback until you submit
        </p>
        <progress max={steps.length} value={answeredCount} aria-label="Questions with a saved answer" />
      </div>
      {timeUp ? (
        <p className="form__error" role="alert">
          Time is up. Answers saved from now on are kept but not scored.
        </p>
      ) : null}
      <h2 id="assessment-step-heading" tabIndex={-1}>
        {item ? `Question ${position + 1}` : `Explain it: question ${position + 1}`}
      </h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        {item ? (
          <>
            <ItemPrompt item={item} />
            <ItemInput item={item} draft={draft!} locked={pending} onChange={(d) => setDrafts((all) => ({ ...all, [item.id]: d }))} />
          </>
        ) : (
          <div className="field">
            <Markdown text={prompt!.prompt} block />
            <label htmlFor={`open-${prompt!.id}`}>Your answer, as you would say it in the interview</label>
            <textarea id={`open-${prompt!.id}`} rows={10} value={texts[prompt!.id] ?? ""} disabled={pending} onChange={(e) => setTexts((t) => ({ ...t, [prompt!.id]: e.target.value }))} />
            <p className="field__hint">After you submit, you will see a model answer and rate your answer against its key points.</p>
          </div>
        )}
        <div className="quiz-actions">
          <button type="submit" className="button" disabled={!canSave || pending}>
            Save answer
          </button>
          <button type="button" className="button button--secondary" disabled={position === 0} onClick={() => go(position - 1)}>
            Previous
          </button>
          <button type="button" className="button button--secondary" disabled={position === steps.length - 1} onClick={() => go(position + 1)}>
            Next
          </button>
          <button type="button" className="button button--secondary" disabled={pending} onClick={() => submit(true)}>
            Submit the assessment
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {error ? (
          <p className="form__error" role="alert">
            {error}
          </p>
        ) : null}
        {message ? <p className="field__hint">{message}</p> : null}
      </div>
    </section>
  );
}
