"use client";

import { useEffect, useRef, useState } from "react";

type Props = { deadline: string; serverNow: string; onExpire(): void };

function format(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, "0")}`;
}

// Announced to screen readers only at these thresholds, not every second.
const ANNOUNCE_AT_MINUTES = [5, 1];

/** The time left, from the server's clock (the browser's may be off); the server enforces the limit either way. */
export function Countdown({ deadline, serverNow, onExpire }: Props) {
  const [offset] = useState(() => new Date(serverNow).getTime() - Date.now());
  const end = new Date(deadline).getTime();
  const [left, setLeft] = useState(() => end - (Date.now() + offset));
  const [announcement, setAnnouncement] = useState("");
  const expired = useRef(false);
  const expire = useRef(onExpire);

  useEffect(() => {
    expire.current = onExpire;
  }, [onExpire]);

  useEffect(() => {
    const timer = setInterval(() => {
      const remaining = end - (Date.now() + offset);
      setLeft(remaining);
      const minute = ANNOUNCE_AT_MINUTES.find((m) => remaining <= m * 60_000 && remaining > m * 60_000 - 1000);
      if (minute) setAnnouncement(`${minute} minute${minute > 1 ? "s" : ""} left.`);
      if (remaining <= 0 && !expired.current) {
        expired.current = true;
        setAnnouncement("Time is up.");
        expire.current();
      }
    }, 250);
    return () => clearInterval(timer);
  }, [end, offset]);

  return (
    <div className={`countdown${left <= 60_000 ? " countdown--low" : ""}`}>
      <p>
        Time left: <span role="timer" aria-label="Time left">{format(left)}</span>
      </p>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
