"use client";

import dynamic from "next/dynamic";

import { LessonTerminalPlaceholder } from "./lesson-terminal-placeholder";

/**
 * A lesson's terminal, kept out of the page's first JavaScript: the engine and xterm.js load on
 * demand, and the server-rendered page already asks for them (preload links), while it hydrates.
 */
export const LessonTerminal = dynamic(() => import("./lesson-terminal-view").then((m) => m.LessonTerminalView), {
  loading: () => <LessonTerminalPlaceholder />,
});
