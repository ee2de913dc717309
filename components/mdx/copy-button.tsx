"use client";

import { useState } from "react";

/** Copies text to the clipboard and says so in a live region. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setStatus("copied");
    } catch {
      setStatus("failed");
    }
    window.setTimeout(() => setStatus("idle"), 2000);
  }

  return (
    <>
      <button type="button" className="code-block__button" onClick={copy} aria-label={label}>
        {status === "copied" ? "Copied" : "Copy"}
      </button>
      <span className="visually-hidden" aria-live="polite">
        {status === "copied" ? "Copied to the clipboard" : status === "failed" ? "Copying failed" : ""}
      </span>
    </>
  );
}
