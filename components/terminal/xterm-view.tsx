"use client";

import { FitAddon } from "@xterm/addon-fit";
import { Terminal } from "@xterm/xterm";
import { useEffect, useRef } from "react";

import { applyKey, completeWord, decodeInput, EMPTY_LINE, type InputEvent, type LineState } from "@/lib/terminal/line-editor";
import { clearInput, leaveInput, renderInput } from "@/lib/terminal/render-line";

import type { TerminalController } from "./terminal-controller";

import "@xterm/xterm/css/xterm.css";

const THEME = {
  background: "#0f1217",
  foreground: "#e8ebf0",
  cursor: "#fdba74",
  selectionBackground: "#3b4a66",
};

function crlf(text: string): string {
  return text.replace(/\r?\n/g, "\r\n");
}

/** xterm.js front end: a line editor with history, Tab completion, here-documents, Ctrl-C and Ctrl-L. */
export function XtermView({ controller, label }: { controller: TerminalController; label: string }) {
  const host = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const screen = host.current;
    if (!screen) return;
    const term = new Terminal({
      theme: THEME,
      fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace',
      fontSize: 14,
      cursorBlink: true,
      scrollback: 5000,
    });
    const fit = new FitAddon();
    term.loadAddon(fit);
    term.open(screen);
    term.textarea?.setAttribute("aria-label", label);
    fit.fit();

    let line: LineState = EMPTY_LINE;
    let continuation: string[] | null = null;
    let runningHere = false;
    // While a command streams (kubectl get -w), its output arrives here and only Ctrl-C is read.
    let streaming: (() => void) | null = null;
    const endStream = () => {
      streaming?.();
      streaming = null;
    };
    const promptText = () => (continuation ? "> " : controller.prompt());
    // Row of the cursor within the input (prompt + buffer), which may wrap over several rows.
    let cursorRow = 0;
    const redraw = () => {
      const rendered = renderInput({ prompt: promptText(), buffer: line.buffer, cursor: line.cursor, cols: term.cols, cursorRow });
      cursorRow = rendered.cursorRow;
      term.write(rendered.sequence);
    };
    const clear = () => {
      term.write(clearInput(cursorRow).sequence);
      cursorRow = 0;
    };
    const leave = () => {
      term.write(leaveInput({ prompt: promptText(), buffer: line.buffer, cols: term.cols, cursorRow }));
      cursorRow = 0;
    };
    const newPrompt = () => {
      line = EMPTY_LINE;
      cursorRow = 0;
      redraw();
    };

    const submit = () => {
      leave();
      const text = continuation ? [...continuation, line.buffer].join("\n") : line.buffer;
      if (controller.needsMore(text)) {
        continuation = [...(continuation ?? []), line.buffer];
        newPrompt();
        return;
      }
      continuation = null;
      if (text.trim() !== "") {
        runningHere = true;
        controller.execute(text);
        runningHere = false;
      }
      if (!streaming) newPrompt();
    };

    const handle = (event: InputEvent) => {
      if (streaming) {
        if (event.kind === "interrupt") {
          endStream();
          controller.interrupt();
          term.write("^C\r\n");
          newPrompt();
        }
        return;
      }
      switch (event.kind) {
        case "enter":
          return submit();
        case "interrupt":
          term.write("^C");
          leave();
          continuation = null;
          return newPrompt();
        case "clear-screen":
          term.clear();
          cursorRow = 0;
          return redraw();
        case "eof":
          return;
        case "tab": {
          const done = completeWord(line, controller.complete(line.buffer, line.cursor));
          line = done.state;
          if (done.list) {
            leave();
            term.write(`${done.list.join("  ")}\r\n`);
          }
          return redraw();
        }
        default:
          line = applyKey(line, event, controller.history());
          return redraw();
      }
    };

    const unsubscribe = controller.subscribe(({ line: command, prompt, result }) => {
      const wasStreaming = streaming !== null;
      endStream();
      // Commands from elsewhere (a lesson's Run button, the cluster view) are echoed as if typed.
      if (!runningHere) {
        if (wasStreaming) term.write("\r\n");
        else clear();
        term.write(`${prompt}${crlf(command)}\r\n`);
      }
      if (result.output) term.write(crlf(result.output.endsWith("\n") ? result.output : `${result.output}\n`));
      if (result.stream) {
        streaming = result.stream.subscribe((chunk) => term.write(crlf(chunk)));
        return;
      }
      if (!runningHere) {
        if (wasStreaming) line = EMPTY_LINE;
        redraw();
      }
    });
    const input = term.onData((data) => decodeInput(data).forEach(handle));
    const resize = new ResizeObserver(() => fit.fit());
    resize.observe(screen);
    newPrompt();

    return () => {
      endStream();
      unsubscribe();
      input.dispose();
      resize.disconnect();
      term.dispose();
    };
  }, [controller, label]);

  return <div ref={host} className="terminal__screen" data-testid="xterm" />;
}
