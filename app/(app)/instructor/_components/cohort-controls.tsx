"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import { formatJoinCode } from "@/lib/validation/cohort";

import { archiveCohortAction, rotateJoinCodeAction } from "../actions";

type Props = { cohortId: string; joinCode: string; joinUrl: string; archived: boolean };

/** The join code and link, and the buttons that rotate the code or archive the cohort. */
export function CohortControls({ cohortId, joinCode, joinUrl, archived }: Props) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  async function run(action: typeof rotateJoinCodeAction, question: string, done: string) {
    if (!window.confirm(question)) return;
    setPending(true);
    try {
      const result = await action({ cohortId });
      setMessage(result.ok ? done : result.error);
      if (result.ok) router.refresh();
    } catch {
      setMessage("That did not work. Please try again.");
    } finally {
      setPending(false);
    }
  }

  if (archived) return <p>This cohort is archived: its data stays, and nobody can join it.</p>;
  return (
    <div className="cohort-controls">
      <dl className="details">
        <dt>Join code</dt>
        <dd>
          <strong className="join-code">{formatJoinCode(joinCode)}</strong>
        </dd>
        <dt>Join link</dt>
        <dd>
          <code>{joinUrl}</code>
        </dd>
      </dl>
      <div className="cohort-controls__buttons">
        <button
          type="button"
          className="button button--secondary"
          disabled={pending}
          onClick={() => run(rotateJoinCodeAction, "Make a new join code? The current code and link will stop working.", "A new join code is ready.")}
        >
          New join code
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={pending}
          onClick={() => run(archiveCohortAction, "Archive this cohort? Nobody will be able to join it; its data stays.", "The cohort is archived.")}
        >
          Archive cohort
        </button>
      </div>
      <p role="status">{message}</p>
    </div>
  );
}
