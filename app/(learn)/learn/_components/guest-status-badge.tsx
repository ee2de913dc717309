"use client";

import { useSyncExternalStore } from "react";

import { parseGuestDone, readGuestProgressRaw, subscribeGuestProgress } from "@/lib/progress/guest-progress";

import { StatusBadge } from "./status-badge";

/** A guest's status for a lesson, from this browser's storage (the server cannot know it). */
export function GuestStatusBadge({ slug }: { slug: string }) {
  const raw = useSyncExternalStore(subscribeGuestProgress, readGuestProgressRaw, () => "");
  return <StatusBadge status={parseGuestDone(raw).includes(slug) ? "done" : "not-started"} />;
}
