import type { RunResult, SavedSession, Session } from "@/lib/sim";

export type TerminalOutput = { line: string; prompt: string; result: RunResult };

export type TerminalController = {
  readonly session: Session;
  /** Runs a command, records it, saves the session and tells every view. */
  execute(line: string): RunResult;
  prompt(): string;
  /** Stops a still-running command (`kubectl get pods -w`) as Ctrl-C does. */
  interrupt(): boolean;
  complete(line: string, cursor: number): string[];
  needsMore(text: string): boolean;
  history(): readonly string[];
  subscribe(listener: (output: TerminalOutput) => void): () => void;
  saved(): SavedSession;
  /** Runs a read-only command (describe, get) in a separate shell, outside the transcript. */
  inspect(line: string): RunResult;
  /** Stops the clock; saves the session unless it is being discarded (reset). */
  dispose(options?: { discard?: boolean }): void;
};

export type SessionStore = { save(session: SavedSession): void };

/**
 * Shares one session between the views of a page (terminal, cluster view, lesson
 * buttons): whichever runs a command, all of them see it, and the transcript is saved.
 */
export function createTerminalController(options: {
  session: Session;
  store: SessionStore;
  realtime: (session: Session) => () => void;
  inspector: (line: string) => RunResult;
}): TerminalController {
  const { session, store, realtime, inspector } = options;
  const listeners = new Set<(output: TerminalOutput) => void>();
  let disposed = false;
  const stopClock = realtime(session);
  const save = () => store.save(session.toJSON());
  const onHidden = () => {
    if (document.visibilityState === "hidden") save();
  };
  document.addEventListener("visibilitychange", onHidden);
  window.addEventListener("pagehide", save);
  return {
    session,
    execute(line) {
      const prompt = session.shell.prompt();
      const result = session.run(line);
      save();
      for (const listener of listeners) listener({ line, prompt, result });
      return result;
    },
    prompt: () => session.shell.prompt(),
    interrupt: () => session.shell.interrupt(),
    complete: (line, cursor) => session.shell.complete(line, cursor),
    needsMore: (text) => session.shell.needsMore(text),
    history: () => session.shell.history,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    saved: () => session.toJSON(),
    inspect: inspector,
    dispose(options) {
      if (disposed) return;
      disposed = true;
      if (!options?.discard) save();
      stopClock();
      document.removeEventListener("visibilitychange", onHidden);
      window.removeEventListener("pagehide", save);
      listeners.clear();
    },
  };
}
