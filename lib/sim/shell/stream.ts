/**
 * PURPOSE: the handle of a command line that is still running (`kubectl get pods -w`): later
 * output reaches subscribers as it is produced, and stop() ends it the way Ctrl-C does.
 * MODELS: a foreground job interrupted by SIGINT, https://www.gnu.org/software/bash/manual/html_node/Signals.html
 * NOT MODELLED: background jobs, suspension (Ctrl-Z), exit statuses after interruption.
 */
import { tokenize } from "./tokenize";
import type { CommandStream } from "./types";

/**
 * True for a line that only waits (`sleep 10`): in a script it stands for the learner watching the
 * running command, so the stream goes on through it and what arrives meanwhile is its output.
 */
export function continuesStream(line: string): boolean {
  if (!line.trimStart().startsWith("sleep")) return false;
  const result = tokenize(line.trim());
  if (!result.ok || result.tokens.length < 2) return false;
  const [first] = result.tokens;
  return first.kind === "word" && first.value === "sleep" && result.tokens.every((t) => t.kind === "word");
}

/** Runs `fn` while collecting what the stream writes meanwhile. */
export function collectWhile<T>(stream: CommandStream | undefined, fn: () => T): { value: T; text: string } {
  if (!stream) return { value: fn(), text: "" };
  const chunks: string[] = [];
  const unsubscribe = stream.subscribe((text) => chunks.push(text));
  try {
    return { value: fn(), text: chunks.join("") };
  } finally {
    unsubscribe();
  }
}

export type StreamSource = {
  stream: CommandStream;
  /** Delivers a chunk to every subscriber, or keeps it until the first one subscribes. */
  emit(text: string): void;
  /** Registers what stop() must undo (the watch); runs at once if already stopped. */
  onStop(fn: () => void): void;
  stopped(): boolean;
};

export function createStreamSource(): StreamSource {
  const listeners = new Set<(text: string) => void>();
  const pending: string[] = [];
  const cleanups: (() => void)[] = [];
  let stopped = false;

  const stream: CommandStream = {
    subscribe(listener) {
      if (stopped) return () => undefined;
      listeners.add(listener);
      if (pending.length > 0) for (const text of pending.splice(0)) listener(text);
      return () => {
        listeners.delete(listener);
      };
    },
    stop() {
      if (stopped) return;
      stopped = true;
      listeners.clear();
      pending.length = 0;
      for (const fn of cleanups.splice(0)) fn();
    },
  };

  return {
    stream,
    emit(text) {
      if (stopped || text === "") return;
      if (listeners.size === 0) pending.push(text);
      else for (const listener of [...listeners]) listener(text);
    },
    onStop(fn) {
      if (stopped) fn();
      else cleanups.push(fn);
    },
    stopped: () => stopped,
  };
}
