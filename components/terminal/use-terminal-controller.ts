"use client";

import { useCallback, useEffect, useRef, useState } from "react";

import { runLabSetup } from "@/lib/labs/session";
import type { SavedSession, Session } from "@/lib/sim";
import { savedSessionSchema, type ScenarioId } from "@/lib/validation/saved-session";

import { createTerminalController, type TerminalController } from "./terminal-controller";

const STORAGE_PREFIX = "academy-sim:";

// The engine is not in the page's first JavaScript; its download starts as soon as this
// module runs in the browser, in parallel with hydration, rather than after the first effect.
let engine: Promise<typeof import("@/lib/sim")> | undefined;
function loadEngine(): Promise<typeof import("@/lib/sim")> {
  engine ??= import("@/lib/sim");
  return engine;
}
if (typeof window !== "undefined") void loadEngine().catch(() => undefined);

function loadSaved(storageKey: string, scenario: ScenarioId): SavedSession | null {
  try {
    const raw = localStorage.getItem(STORAGE_PREFIX + storageKey);
    const parsed = raw ? savedSessionSchema.safeParse(JSON.parse(raw)) : null;
    return parsed?.success && parsed.data.scenario === scenario ? parsed.data : null;
  } catch {
    return null;
  }
}

function storeFor(storageKey: string) {
  return {
    save(session: SavedSession) {
      try {
        localStorage.setItem(STORAGE_PREFIX + storageKey, JSON.stringify(session));
      } catch {
        // Storage full or disabled: the session still works, it just will not survive a reload.
      }
    },
  };
}

function runInRealTime(session: Session): () => void {
  return session.cluster.startRealtime({
    now: () => performance.now(),
    schedule: (fn, ms) => {
      const id = window.setTimeout(fn, ms);
      return () => window.clearTimeout(id);
    },
  });
}

export type TerminalState =
  | { status: "loading" }
  | { status: "ready"; controller: TerminalController }
  | { status: "error"; message: string };

/**
 * The page's simulated cluster and shell, loaded on demand (the engine is not in
 * the page's first JavaScript), restored from the browser's storage or from a
 * share link, and kept there after every command so a reload loses nothing.
 */
export function useTerminalController(options: {
  storageKey: string;
  scenario: ScenarioId;
  seed?: number;
  initial?: SavedSession | null;
  /** lines run on a fresh session before the learner arrives (a lab's starting point); they stay in its transcript */
  setup?: string[];
}): { state: TerminalState; reset(): void } {
  const { storageKey, scenario, seed, initial, setup } = options;
  const [state, setState] = useState<TerminalState>({ status: "loading" });
  const [generation, setGeneration] = useState(0);
  const current = useRef<TerminalController | undefined>(undefined);

  useEffect(() => {
    let controller: TerminalController | undefined;
    let cancelled = false;
    loadEngine()
      .then((sim) => {
        if (cancelled) return;
        const saved = generation === 0 ? (initial ?? loadSaved(storageKey, scenario)) : null;
        const session = saved ? sim.restoreSession(saved) : sim.createSession({ scenario, seed: seed ?? Math.floor(Math.random() * 2 ** 31) });
        if (!saved) runLabSetup(session, setup ?? []);
        const inspector = sim.createShell({ cluster: session.cluster });
        controller = createTerminalController({
          session,
          store: storeFor(storageKey),
          realtime: runInRealTime,
          inspector: (line) => inspector.run(line),
        });
        current.current = controller;
        // A session opened from a share link becomes this browser's saved session at once.
        if (saved) storeFor(storageKey).save(session.toJSON());
        setState({ status: "ready", controller });
      })
      .catch((error: unknown) => {
        if (!cancelled) setState({ status: "error", message: error instanceof Error ? error.message : String(error) });
      });
    return () => {
      cancelled = true;
      controller?.dispose();
    };
  }, [storageKey, scenario, seed, initial, setup, generation]);

  const reset = useCallback(() => {
    current.current?.dispose({ discard: true });
    current.current = undefined;
    localStorage.removeItem(STORAGE_PREFIX + storageKey);
    setState({ status: "loading" });
    setGeneration((g) => g + 1);
  }, [storageKey]);

  return { state, reset };
}
