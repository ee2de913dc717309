import "server-only";

/**
 * Grading a lab replays it in the simulator (tenths of a second of CPU), so one learner or
 * address may ask for at most REPLAYS_PER_MINUTE of them. Kept in the process: a replica
 * behind a load balancer limits its own share, which bounds the CPU each one spends.
 */
export const REPLAYS_PER_MINUTE = 10;
const WINDOW_MS = 60_000;

const recent = new Map<string, number[]>();

/** Records a replay for `key` and says whether it is allowed, or how many seconds to wait. */
export function takeReplaySlot(key: string, now = Date.now()): { allowed: true } | { allowed: false; retryAfterSeconds: number } {
  const times = (recent.get(key) ?? []).filter((t) => now - t < WINDOW_MS);
  if (times.length >= REPLAYS_PER_MINUTE) {
    recent.set(key, times);
    return { allowed: false, retryAfterSeconds: Math.ceil((times[0]! + WINDOW_MS - now) / 1000) };
  }
  times.push(now);
  recent.set(key, times);
  if (recent.size > 10_000) {
    for (const [k, list] of recent) if (list.every((t) => now - t >= WINDOW_MS)) recent.delete(k);
  }
  return { allowed: true };
}
