"use client";

import { useState, useTransition } from "react";

import { ClusterView } from "@/components/cluster-view/cluster-view";
import { Terminal } from "@/components/terminal/terminal";
import { useTerminalController } from "@/components/terminal/use-terminal-controller";
import type { LabResult, PublicLab } from "@/lib/labs/types";
import type { ScenarioId } from "@/lib/validation/saved-session";

type Outcome = { result: LabResult; stored: boolean; solution: string[] };
type Submit = (input: { slug: string; submission: unknown }) => Promise<{ ok: true; data: Outcome } | { ok: false; error: string }>;

/** The lab's terminal and cluster, its hints one at a time, and the server's verdict on every check. */
export function LabWorkspaceView({ lab, signedIn, submit }: { lab: PublicLab; signedIn: boolean; submit: Submit }) {
  const { state, reset } = useTerminalController({ storageKey: `lab:${lab.slug}`, scenario: lab.scenario as ScenarioId, setup: lab.setup });
  const [hintsShown, setHintsShown] = useState(0);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [showSolution, setShowSolution] = useState(false);
  const [pending, startTransition] = useTransition();
  const controller = state.status === "ready" ? state.controller : null;

  function grade() {
    if (!controller) return;
    const saved = controller.saved();
    const transcript = saved.transcript.slice(lab.setup.length);
    setError(null);
    startTransition(async () => {
      const answer = await submit({ slug: lab.slug, submission: { seed: saved.seed, transcript } });
      if (!answer.ok) return setError(answer.error);
      setOutcome(answer.data);
      document.getElementById("lab-result-heading")?.focus();
    });
  }

  return (
    <div className="lab-workspace">
      {state.status === "error" ? <p role="alert">The simulated cluster could not start: {state.message}</p> : null}
      {controller ? (
        <div className="sandbox">
          <Terminal
            controller={controller}
            label="Lab terminal"
            onReset={() => {
              setOutcome(null);
              reset();
            }}
          />
          <ClusterView controller={controller} />
        </div>
      ) : (
        <p aria-busy="true">Starting the lab&apos;s cluster…</p>
      )}

      <section aria-labelledby="hints-heading" className="lab-hints">
        <h2 id="hints-heading">Hints</h2>
        {hintsShown === 0 ? <p>Stuck? Reveal the hints one at a time; each is more specific than the last.</p> : null}
        <ol>
          {lab.hints.slice(0, hintsShown).map((hint) => (
            <li key={hint}>{hint}</li>
          ))}
        </ol>
        {hintsShown < lab.hints.length ? (
          <button type="button" className="button button--secondary" onClick={() => setHintsShown((n) => n + 1)}>
            Show hint {hintsShown + 1} of {lab.hints.length}
          </button>
        ) : null}
      </section>

      <section aria-labelledby="checks-heading" className="lab-checks">
        <h2 id="checks-heading">Checks</h2>
        <p>
          When you think you are done, check your work. The server replays your commands on a fresh cluster and checks its state.
          {signedIn ? " The result is saved to your progress." : " Sign in to save your result."}
        </p>
        <button type="button" className="button" disabled={!controller || pending} onClick={grade}>
          {pending ? "Checking…" : "Check my work"}
        </button>
        <div aria-live="polite">
          {error ? (
            <p className="form__error" role="alert">
              {error}
            </p>
          ) : null}
          {outcome ? (
            <>
              <h3 id="lab-result-heading" tabIndex={-1}>
                {outcome.result.passed ? "Lab passed: every check holds." : `Not yet: ${outcome.result.checks.filter((c) => !c.passed).length} of ${outcome.result.checks.length} checks fail.`}
              </h3>
              <ul className="lab-results">
                {outcome.result.checks.map((check) => (
                  <li key={check.id} className={check.passed ? "lab-check--passed" : "lab-check--failed"}>
                    <strong>{check.passed ? "Passed" : "Failed"}:</strong> {check.title}
                    {check.reason ? <p className="lab-check__reason">{check.reason}</p> : null}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <ul className="lab-results">
              {lab.checks.map((check) => (
                <li key={check.id}>{check.title}</li>
              ))}
            </ul>
          )}
        </div>
        {outcome ? (
          <div className="lab-solution">
            <button type="button" className="button button--secondary" aria-expanded={showSolution} onClick={() => setShowSolution((s) => !s)}>
              {showSolution ? "Hide the model solution" : "Reveal the model solution"}
            </button>
            {showSolution ? <pre className="lab-solution__commands">{outcome.solution.join("\n")}</pre> : null}
          </div>
        ) : null}
      </section>
    </div>
  );
}
