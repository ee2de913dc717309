"use client";

import dynamic from "next/dynamic";

// As on the sandbox: the engine and xterm.js load on demand, and the page's HTML preloads them.
export const LabWorkspace = dynamic(() => import("./lab-workspace-view").then((m) => m.LabWorkspaceView), {
  loading: () => <p aria-busy="true">Starting the lab&apos;s cluster…</p>,
});
