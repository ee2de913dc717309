import type { ReactNode } from "react";

/** An interview question with a model answer the learner opens after thinking it through. */
export function Interview({ question, children }: { question: string; children: ReactNode }) {
  return (
    <div className="interview" role="note" aria-label={`In an interview: ${question}`}>
      <p className="interview__label">In an interview</p>
      <p className="interview__question">{question}</p>
      <details className="interview__answer">
        <summary>Show a model answer</summary>
        <div className="interview__body">{children}</div>
      </details>
    </div>
  );
}
