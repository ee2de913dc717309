// The editable command line of the terminal: a pure state machine so every key's
// effect is testable without a browser. History browsing keeps the unfinished line.
export type LineState = { buffer: string; cursor: number; historyIndex: number | null; draft: string };

export const EMPTY_LINE: LineState = { buffer: "", cursor: 0, historyIndex: null, draft: "" };

export type LineKey =
  | { kind: "insert"; text: string }
  | { kind: "backspace" }
  | { kind: "delete" }
  | { kind: "left" }
  | { kind: "right" }
  | { kind: "home" }
  | { kind: "end" }
  | { kind: "up" }
  | { kind: "down" }
  | { kind: "kill-line" }
  | { kind: "kill-word" };

export function applyKey(state: LineState, key: LineKey, history: readonly string[]): LineState {
  const { buffer, cursor } = state;
  switch (key.kind) {
    case "insert":
      return { ...state, buffer: buffer.slice(0, cursor) + key.text + buffer.slice(cursor), cursor: cursor + key.text.length };
    case "backspace":
      return cursor === 0 ? state : { ...state, buffer: buffer.slice(0, cursor - 1) + buffer.slice(cursor), cursor: cursor - 1 };
    case "delete":
      return cursor >= buffer.length ? state : { ...state, buffer: buffer.slice(0, cursor) + buffer.slice(cursor + 1) };
    case "left":
      return { ...state, cursor: Math.max(0, cursor - 1) };
    case "right":
      return { ...state, cursor: Math.min(buffer.length, cursor + 1) };
    case "home":
      return { ...state, cursor: 0 };
    case "end":
      return { ...state, cursor: buffer.length };
    case "kill-line":
      return { ...state, buffer: buffer.slice(cursor), cursor: 0 };
    case "kill-word": {
      const before = buffer.slice(0, cursor).replace(/\S+\s*$/, "");
      return { ...state, buffer: before + buffer.slice(cursor), cursor: before.length };
    }
    case "up": {
      if (history.length === 0) return state;
      const index = state.historyIndex === null ? history.length - 1 : Math.max(0, state.historyIndex - 1);
      const draft = state.historyIndex === null ? buffer : state.draft;
      const entry = history[index]!;
      return { buffer: entry, cursor: entry.length, historyIndex: index, draft };
    }
    case "down": {
      if (state.historyIndex === null) return state;
      const index = state.historyIndex + 1;
      if (index >= history.length) return { buffer: state.draft, cursor: state.draft.length, historyIndex: null, draft: "" };
      const entry = history[index]!;
      return { ...state, buffer: entry, cursor: entry.length, historyIndex: index };
    }
  }
}

/** The word under the cursor, which Tab completes. */
export function currentWord(state: LineState): { start: number; word: string } {
  const start = state.buffer.slice(0, state.cursor).search(/\S*$/);
  return { start, word: state.buffer.slice(start, state.cursor) };
}

/**
 * Tab: one candidate replaces the word (plus a space); several extend it to their
 * common prefix, and are listed when that adds nothing.
 */
export function completeWord(state: LineState, candidates: readonly string[]): { state: LineState; list?: readonly string[] } {
  if (candidates.length === 0) return { state };
  const { start, word } = currentWord(state);
  const prefix = candidates.length === 1 ? `${candidates[0]} ` : commonPrefix(candidates);
  if (prefix.length <= word.length) return { state, list: candidates };
  const buffer = state.buffer.slice(0, start) + prefix + state.buffer.slice(state.cursor);
  return { state: { ...state, buffer, cursor: start + prefix.length } };
}

function commonPrefix(words: readonly string[]): string {
  let prefix = words[0] ?? "";
  for (const w of words) while (!w.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

/** Splits raw terminal input (typed keys or a paste) into editing keys, Enter and control keys. */
export type InputEvent = LineKey | { kind: "enter" } | { kind: "tab" } | { kind: "interrupt" } | { kind: "clear-screen" } | { kind: "eof" };

const ESCAPES: Record<string, InputEvent> = {
  "\x1b[A": { kind: "up" },
  "\x1b[B": { kind: "down" },
  "\x1b[C": { kind: "right" },
  "\x1b[D": { kind: "left" },
  "\x1b[H": { kind: "home" },
  "\x1b[F": { kind: "end" },
  "\x1bOH": { kind: "home" },
  "\x1bOF": { kind: "end" },
  "\x1b[1~": { kind: "home" },
  "\x1b[4~": { kind: "end" },
  "\x1b[3~": { kind: "delete" },
};

export function decodeInput(data: string): InputEvent[] {
  const events: InputEvent[] = [];
  let text = "";
  const flush = () => {
    if (text) events.push({ kind: "insert", text });
    text = "";
  };
  for (let i = 0; i < data.length; i++) {
    const ch = data[i]!;
    if (ch === "\x1b") {
      const seq = Object.keys(ESCAPES).find((s) => data.startsWith(s, i));
      flush();
      if (seq) {
        events.push(ESCAPES[seq]!);
        i += seq.length - 1;
      }
      continue;
    }
    const control: Record<string, InputEvent> = {
      "\r": { kind: "enter" },
      "\n": { kind: "enter" },
      "\t": { kind: "tab" },
      "\x7f": { kind: "backspace" },
      "\b": { kind: "backspace" },
      "\x03": { kind: "interrupt" },
      "\x0c": { kind: "clear-screen" },
      "\x04": { kind: "eof" },
      "\x01": { kind: "home" },
      "\x05": { kind: "end" },
      "\x15": { kind: "kill-line" },
      "\x17": { kind: "kill-word" },
    };
    const event = control[ch];
    if (event) {
      // A pasted "\r\n" is one line break, not two.
      if (ch === "\n" && data[i - 1] === "\r") continue;
      flush();
      events.push(event);
    } else if (ch >= " ") {
      text += ch;
    }
  }
  flush();
  return events;
}
