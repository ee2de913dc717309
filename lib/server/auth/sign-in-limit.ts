// The sign-in throttle's policy, kept free of IO so it can be tested exactly.
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

export type RecentFailures = {
  /** Failure times for the email within the window, most recent first. */
  byEmail: Date[];
  /** Failure times from the client address within the window, most recent first. */
  byAddress: Date[];
};

export type SignInDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

// A key is blocked while `limit` failures lie inside the window; the block lifts
// when the limit-th most recent of them leaves it.
function blockedUntil(failuresNewestFirst: Date[], limit: number): number | undefined {
  const pivot = failuresNewestFirst[limit - 1];
  return pivot ? pivot.getTime() + SIGN_IN_WINDOW_MS : undefined;
}

export function decideSignIn(failures: RecentFailures, now: Date): SignInDecision {
  const until = Math.max(
    blockedUntil(failures.byEmail, MAX_FAILURES_PER_EMAIL) ?? 0,
    blockedUntil(failures.byAddress, MAX_FAILURES_PER_ADDRESS) ?? 0,
  );
  if (until <= now.getTime()) return { allowed: true };
  return { allowed: false, retryAfterSeconds: Math.ceil((until - now.getTime()) / 1000) };
}
