"use client";

import { useEffect, useId, useState } from "react";

import { ClusterView } from "@/components/cluster-view/cluster-view";
import { Terminal } from "@/components/terminal/terminal";
import { useTerminalController } from "@/components/terminal/use-terminal-controller";
import { decodeShareToken, encodeShareToken, SCENARIO_IDS, type ScenarioId } from "@/lib/validation/saved-session";

const SCENARIO_LABELS: Record<ScenarioId, string> = {
  default: "Default: 1 control plane, 2 workers",
  "single-node": "Single node",
  ha: "Highly available: 3 control planes, 3 workers",
  docker: "Docker host, no cluster",
};

export function SandboxView({ shareToken }: { shareToken: string | null }) {
  const [initial] = useState(() => (shareToken ? decodeShareToken(shareToken) : null));
  const [scenario, setScenario] = useState<ScenarioId>(initial?.scenario ?? "default");
  const [shareLink, setShareLink] = useState<string | null>(null);
  const pickerId = useId();
  const shareId = useId();
  const { state, reset } = useTerminalController({ storageKey: `sandbox:${scenario}`, scenario, initial: scenario === initial?.scenario ? initial : null });

  useEffect(() => {
    // Once opened, a share link's cluster is saved here; the address goes back to plain /sandbox.
    if (shareToken && state.status === "ready") window.history.replaceState(null, "", "/sandbox");
  }, [shareToken, state.status]);

  const controller = state.status === "ready" ? state.controller : null;
  return (
    <>
      <div className="sandbox__controls">
        <div className="field">
          <label htmlFor={pickerId}>Scenario</label>
          <select
            id={pickerId}
            value={scenario}
            onChange={(e) => {
              setShareLink(null);
              setScenario(e.target.value as ScenarioId);
            }}
          >
            {SCENARIO_IDS.map((id) => (
              <option key={id} value={id}>
                {SCENARIO_LABELS[id]}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          className="button button--secondary"
          disabled={!controller}
          onClick={() => {
            if (!controller) return;
            const link = `${window.location.origin}/sandbox?s=${encodeShareToken({ ...controller.saved(), scenario })}`;
            setShareLink(link);
            void navigator.clipboard?.writeText(link).catch(() => undefined);
          }}
        >
          Create share link
        </button>
        {shareToken && !initial ? <p role="alert">That share link is damaged, so a fresh cluster was started instead.</p> : null}
      </div>
      {shareLink ? (
        <div className="field">
          <label htmlFor={shareId}>Share link (copied): opens this cluster with the same commands</label>
          <input id={shareId} readOnly value={shareLink} onFocus={(e) => e.currentTarget.select()} />
        </div>
      ) : null}
      {state.status === "error" ? <p role="alert">The simulated cluster could not start: {state.message}</p> : null}
      {controller ? (
        <div className="sandbox">
          <Terminal controller={controller} label="Sandbox terminal" onReset={reset} />
          <ClusterView controller={controller} />
        </div>
      ) : (
        <p aria-busy="true">Starting the simulated cluster…</p>
      )}
    </>
  );
}
