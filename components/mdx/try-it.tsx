"use client";

import { useId, useMemo, type ReactNode } from "react";

import { LessonTerminal } from "@/components/terminal/lesson-terminal";

import { createCommandBus } from "./command-bus";
import { TryItContext, type TryItContextValue } from "./try-it-context";

/** The guided steps of a lesson beside a terminal on the lesson's scenario; Run buttons type into it. */
export function TryIt({ scenario, children }: { scenario: string; children: ReactNode }) {
  const headingId = useId();
  const value = useMemo<TryItContextValue>(() => ({ scenario, ...createCommandBus() }), [scenario]);
  return (
    <TryItContext.Provider value={value}>
      <section className="try-it" aria-labelledby={headingId}>
        <p id={headingId} className="try-it__label">
          Guided steps — scenario <code>{scenario}</code>
        </p>
        <div className="try-it__layout">
          <div className="try-it__steps">{children}</div>
          <div className="try-it__terminal">
            <LessonTerminal scenario={scenario} />
          </div>
        </div>
      </section>
    </TryItContext.Provider>
  );
}
