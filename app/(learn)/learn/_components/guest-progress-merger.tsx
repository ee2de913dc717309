"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";

import { clearGuestProgress, parseGuestDone, readGuestProgressRaw } from "@/lib/progress/guest-progress";

import { mergeGuestProgressAction } from "../actions";

/**
 * Once a learner is signed in, moves the lessons they marked done as a guest in
 * this browser into their account, then forgets them locally.
 */
export function GuestProgressMerger({ signedIn }: { signedIn: boolean }) {
  const router = useRouter();
  const started = useRef(false);
  useEffect(() => {
    if (!signedIn || started.current) return;
    const done = parseGuestDone(readGuestProgressRaw());
    if (done.length === 0) return;
    started.current = true;
    mergeGuestProgressAction({ done })
      .then((result) => {
        if (!result.ok) return;
        clearGuestProgress();
        router.refresh();
      })
      .catch(() => {
        // Kept locally: the next page load tries again.
        started.current = false;
      });
  }, [signedIn, router]);
  return null;
}
