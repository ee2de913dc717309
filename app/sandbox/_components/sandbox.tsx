"use client";

import dynamic from "next/dynamic";

// The engine and xterm.js are not in the page's first JavaScript; because this is rendered on the
// server too, the page's HTML already asks for their chunks (preload links), so they download while
// the page hydrates instead of after.
export const Sandbox = dynamic(() => import("./sandbox-view").then((m) => m.SandboxView), {
  loading: () => <p aria-busy="true">Starting the simulated cluster…</p>,
});
