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
  const [entries, setEntries] = useState<{ id: number; output: TerminalOutput; streamed: string }[]>([]);
  const [streaming, setStreaming] = useState(false);
  const stopListening = useRef<(() => void) | null>(null);
  const [value, setValue] = useState("");
  const [continuation, setContinuation] = useState<string[]>([]);
  const historyState = useRef(EMPTY_LINE);
  const logEnd = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let nextId = 0;
    const unsubscribe = controller.subscribe((output) => {
      stopListening.current?.();
      stopListening.current = null;
      const id = nextId++;
      setEntries((list) => [...list.slice(-199), { id, output, streamed: "" }]);
      setStreaming(Boolean(output.result.stream));
      if (output.result.stream) {
        stopListening.current = output.result.stream.subscribe((chunk) =>
          setEntries((list) => list.map((e) => (e.id === id ? { ...e, streamed: e.streamed + chunk } : e))),
        );
      }
    });
    return () => {
      stopListening.current?.();
      unsubscribe();
    };
  }, [controller]);

  function stop() {
    stopListening.current?.();
    stopListening.current = null;
    controller.interrupt();
    setStreaming(false);
  }
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
    if (streaming && event.ctrlKey && event.key === "c") {
      event.preventDefault();
      stop();
      return;
    }
    if (event.key !== "ArrowUp" && event.key !== "ArrowDown") return;
    event.preventDefault();
    const next = applyKey({ ...historyState.current, buffer: value, cursor: value.length }, { kind: event.key === "ArrowUp" ? "up" : "down" }, controller.history());
    historyState.current = next;
    setValue(next.buffer);
  }

  return (
    <div className="terminal__plain">
      <div role="log" aria-live="polite" aria-label={`${label} output`} className="terminal__log" tabIndex={0}>
        {entries.map(({ id, output, streamed }) => (
          <pre key={id}>
            <span className="terminal__prompt">{output.prompt}</span>
            {output.line}
            {"\n"}
            {plain(output.result.output + streamed)}
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
        {streaming ? (
          <button type="button" className="button button--secondary" onClick={stop}>
            Stop (Ctrl-C)
          </button>
        ) : null}
      </form>
    </div>
  );
}
