"use client";

import { useSyncExternalStore } from "react";

import type { TerminalController } from "./terminal-controller";
import { AccessibleView } from "./accessible-view";
import { XtermView } from "./xterm-view";

const MODE_KEY = "academy-terminal-mode";
const modeListeners = new Set<() => void>();

function readMode(): "terminal" | "plain" {
  return localStorage.getItem(MODE_KEY) === "plain" ? "plain" : "terminal";
}

function subscribeMode(listener: () => void): () => void {
  modeListeners.add(listener);
  return () => modeListeners.delete(listener);
}

function setMode(mode: "terminal" | "plain"): void {
  localStorage.setItem(MODE_KEY, mode);
  modeListeners.forEach((l) => l());
}

/** The terminal with its toolbar; the screen-reader mode choice is remembered for every terminal. */
export function Terminal({ controller, label, onReset }: { controller: TerminalController; label: string; onReset(): void }) {
  const mode = useSyncExternalStore(subscribeMode, readMode, () => "terminal" as const);
  return (
    <div className="terminal" role="region" aria-label={label}>
      <div className="terminal__toolbar">
        <span className="terminal__title">{label}</span>
        <label className="terminal__toggle">
          <input type="checkbox" checked={mode === "plain"} onChange={(e) => setMode(e.target.checked ? "plain" : "terminal")} />
          Screen reader mode
        </label>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            if (window.confirm("Reset this cluster? Everything you ran here starts over.")) onReset();
          }}
        >
          Reset cluster
        </button>
      </div>
      {mode === "plain" ? <AccessibleView controller={controller} label={label} /> : <XtermView controller={controller} label={`${label} input`} />}
    </div>
  );
}
