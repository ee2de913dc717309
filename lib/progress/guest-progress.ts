import { z } from "zod";

/** Where a guest's finished lessons live until they sign up or sign in. */
export const GUEST_PROGRESS_KEY = "academy-guest-progress";
const CHANGE_EVENT = "academy-guest-progress-change";

const storedSchema = z.object({ done: z.array(z.string()) });

/** The raw stored value (a stable string, so React can compare snapshots). */
export function readGuestProgressRaw(): string {
  try {
    return localStorage.getItem(GUEST_PROGRESS_KEY) ?? "";
  } catch {
    return "";
  }
}

/** Slugs marked done in this browser; anything unreadable counts as nothing. */
export function parseGuestDone(raw: string): string[] {
  if (raw === "") return [];
  try {
    const parsed = storedSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data.done : [];
  } catch {
    return [];
  }
}

export function setGuestLessonDone(slug: string, done: boolean): void {
  const current = new Set(parseGuestDone(readGuestProgressRaw()));
  if (done) current.add(slug);
  else current.delete(slug);
  localStorage.setItem(GUEST_PROGRESS_KEY, JSON.stringify({ done: [...current].sort() }));
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

export function clearGuestProgress(): void {
  localStorage.removeItem(GUEST_PROGRESS_KEY);
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

/** Re-renders on changes from this tab (custom event) and other tabs (storage event). */
export function subscribeGuestProgress(onChange: () => void): () => void {
  window.addEventListener(CHANGE_EVENT, onChange);
  window.addEventListener("storage", onChange);
  return () => {
    window.removeEventListener(CHANGE_EVENT, onChange);
    window.removeEventListener("storage", onChange);
  };
}
