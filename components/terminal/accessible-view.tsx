"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";

import { applyKey, EMPTY_LINE } from "@/lib/terminal/line-editor";

import type { TerminalController, TerminalOutput } from "./terminal-controller";

// Control sequences (colours, clear screen) mean nothing in a plain log.
function plain(text: string): string {
  return text.replace(/\x1b\[[0-9;]*[A-Za-z]/g, "");
}

/** Screen-reader mode: a labelled command field and a plain output log that announces new output. */
export function AccessibleView({ controller, label }: { controller: TerminalController; label: string }) {
  const inputId = useId();
  const [entries, setEntries] = useState<TerminalOutput[]>([]);
  const [value, setValue] = useState("");
  const [continuation, setContinuation] = useState<string[]>([]);
  const historyState = useRef(EMPTY_LINE);
  const logEnd = useRef<HTMLDivElement>(null);

  useEffect(() => controller.subscribe((output) => setEntries((list) => [...list.slice(-199), output])), [controller]);
  // Block body on purpose: newer browsers return a promise from scrollIntoView, and an
  // effect must return nothing or a cleanup function.
  useEffect(() => {
    logEnd.current?.scrollIntoView({ block: "nearest" });
  }, [entries]);

  function submit() {
    const text = [...continuation, value].join("\n");
    setValue("");
    historyState.current = EMPTY_LINE;
    if (controller.needsMore(text)) {
      setContinuation([...continuation, value]);
      return;
    }
    setContinuation([]);
    if (text.trim() !== "") controller.execute(text);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== "ArrowUp" && event.key !== "ArrowDown") return;
    event.preventDefault();
    const next = applyKey({ ...historyState.current, buffer: value, cursor: value.length }, { kind: event.key === "ArrowUp" ? "up" : "down" }, controller.history());
    historyState.current = next;
    setValue(next.buffer);
  }

  return (
    <div className="terminal__plain">
      <div role="log" aria-live="polite" aria-label={`${label} output`} className="terminal__log" tabIndex={0}>
        {entries.map((e, i) => (
          <pre key={i}>
            <span className="terminal__prompt">{e.prompt}</span>
            {e.line}
            {"\n"}
            {plain(e.result.output)}
          </pre>
        ))}
        <div ref={logEnd} />
      </div>
      <form
        className="terminal__form"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <label htmlFor={inputId}>{continuation.length > 0 ? "Continue the here-document" : `Command (${controller.prompt().trim()})`}</label>
        <input
          id={inputId}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          onKeyDown={onKeyDown}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
        />
        <button type="submit" className="button">
          Run
        </button>
      </form>
    </div>
  );
}
