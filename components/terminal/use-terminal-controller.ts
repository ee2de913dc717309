"use client";

import { useCallback, useEffect, useRef, useState } from "react";

import { runLabSetup } from "@/lib/labs/session";
import { createSession, createShell, restoreSession, type SavedSession, type Session } from "@/lib/sim";
import { savedSessionSchema, type ScenarioId } from "@/lib/validation/saved-session";

import { createTerminalController, type TerminalController } from "./terminal-controller";

const STORAGE_PREFIX = "academy-sim:";

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
 * The page's simulated cluster and shell, restored from the browser's storage or
 * from a share link, and kept there after every command so a reload loses nothing.
 * Components using it are loaded on demand (see lesson-terminal.tsx), so the
 * engine stays out of the pages' first JavaScript.
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
    const boot = () => {
      try {
        const saved = generation === 0 ? (initial ?? loadSaved(storageKey, scenario)) : null;
        const session = saved ? restoreSession(saved) : createSession({ scenario, seed: seed ?? Math.floor(Math.random() * 2 ** 31) });
        if (!saved) runLabSetup(session, setup ?? []);
        const inspector = createShell({ cluster: session.cluster });
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
      } catch (error: unknown) {
        setState({ status: "error", message: error instanceof Error ? error.message : String(error) });
      }
    };
    // Booting (or replaying) a cluster holds the main thread for a moment: it gets a task of its
    // own, so the browser first paints and handles input that is already waiting.
    const timer = window.setTimeout(boot, 0);
    return () => {
      window.clearTimeout(timer);
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
