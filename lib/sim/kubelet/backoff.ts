// PURPOSE: the kubelet's exponential back-off for crashing containers and failing image pulls.
// MODELS: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#restart-policy
// (10 s doubling to 5 min; reset after a container has run 10 min without trouble) and
// https://kubernetes.io/docs/concepts/containers/images/#imagepullbackoff
// NOT MODELLED: jitter.

export const INITIAL_BACKOFF_MS = 10_000;
export const MAX_BACKOFF_MS = 300_000;

type Entry = { backoffMs: number; lastUpdate: number };

export type Backoff = {
  /** true while `since` is within the current back-off period */
  inBackoffSince(key: string, since: number, now: number): boolean;
  /** extends the back-off: 10 s, 20 s, 40 s ... 5 min; an entry idle for 2 x 5 min starts over */
  next(key: string, now: number): number;
  remaining(key: string, since: number, now: number): number;
  current(key: string): number;
  reset(key: string): void;
};

export function createBackoff(initialMs = INITIAL_BACKOFF_MS, maxMs = MAX_BACKOFF_MS): Backoff {
  const entries = new Map<string, Entry>();
  return {
    inBackoffSince(key, since, now) {
      const e = entries.get(key);
      if (!e || now - e.lastUpdate > 2 * maxMs) return false;
      return now - since < e.backoffMs;
    },
    next(key, now) {
      const e = entries.get(key);
      if (!e || now - e.lastUpdate > 2 * maxMs) {
        entries.set(key, { backoffMs: initialMs, lastUpdate: now });
        return initialMs;
      }
      e.backoffMs = Math.min(e.backoffMs * 2, maxMs);
      e.lastUpdate = now;
      return e.backoffMs;
    },
    remaining(key, since, now) {
      const e = entries.get(key);
      return e ? Math.max(0, since + e.backoffMs - now) : 0;
    },
    current: (key) => entries.get(key)?.backoffMs ?? 0,
    reset(key) {
      entries.delete(key);
    },
  };
}
