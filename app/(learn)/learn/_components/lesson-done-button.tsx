"use client";

import { useRouter } from "next/navigation";
import { useState, useSyncExternalStore } from "react";

import { parseGuestDone, readGuestProgressRaw, setGuestLessonDone, subscribeGuestProgress } from "@/lib/progress/guest-progress";

import { markLessonDoneAction } from "../actions";

type Props = { slug: string; signedIn: boolean; initialDone: boolean };

/** "Mark as done" / "Mark as not done": saved to the account, or in this browser for guests. */
export function LessonDoneButton({ slug, signedIn, initialDone }: Props) {
  const router = useRouter();
  const [accountDone, setAccountDone] = useState(initialDone);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const guestRaw = useSyncExternalStore(subscribeGuestProgress, readGuestProgressRaw, () => "");
  const done = signedIn ? accountDone : parseGuestDone(guestRaw).includes(slug);

  async function toggle() {
    setError(null);
    if (!signedIn) {
      setGuestLessonDone(slug, !done);
      return;
    }
    setPending(true);
    try {
      const result = await markLessonDoneAction({ slug, done: !done });
      if (result.ok) {
        setAccountDone(result.data.status === "done");
        router.refresh();
      } else {
        setError(result.error);
      }
    } catch {
      setError("Your progress could not be saved. Please try again.");
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="lesson-done">
      <p className="lesson-done__status" role="status">
        {done ? "You marked this lesson as done." : "Finished the lesson and the steps?"}
      </p>
      <button type="button" className={done ? "button button--secondary" : "button"} onClick={toggle} disabled={pending}>
        {done ? "Mark as not done" : "Mark as done"}
      </button>
      {!signedIn ? (
        <p className="lesson-done__hint">Saved in this browser. Sign up or sign in to keep it in your account.</p>
      ) : null}
      {error ? (
        <p className="form__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
