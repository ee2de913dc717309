"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import { leaveCohortAction } from "../actions";

export function LeaveCohortButton({ cohortId, cohortName }: { cohortId: string; cohortName: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function leave() {
    if (!window.confirm(`Leave ${cohortName}? Its instructor will no longer see your progress.`)) return;
    setPending(true);
    try {
      const result = await leaveCohortAction({ cohortId });
      if (result.ok) router.refresh();
      else setError(result.error);
    } catch {
      setError("Leaving did not work. Please try again.");
    } finally {
      setPending(false);
    }
  }

  return (
    <>
      <button type="button" className="button button--secondary" onClick={leave} disabled={pending} aria-label={`Leave ${cohortName}`}>
        Leave
      </button>
      {error ? <span className="field__error"> {error}</span> : null}
    </>
  );
}
