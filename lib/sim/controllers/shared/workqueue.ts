/**
 * PURPOSE: a keyed work queue on the virtual clock: keys are deduplicated, work
 * runs after the current task, and failures (conflicts above all) are retried
 * with exponential back-off.
 * MODELS: client-go workqueue with the default controller rate limiter (5 ms doubling to 1000 s),
 * https://kubernetes.io/docs/concepts/architecture/controller/#controller-pattern
 * NOT MODELLED: the overall token bucket; parallel workers.
 */
import type { Clock, TimerId } from "../../core/clock";
import { isStatusError } from "../../core/errors";

const BASE_DELAY_MS = 5;
const MAX_DELAY_MS = 1000 * 1000;

export type WorkQueue = {
  add(key: string): void;
  addAfter(key: string, delayMs: number): void;
  stop(): void;
  /** Runs queued work now (tests). */
  drain(): void;
};

export function createWorkQueue(config: { clock: Clock; reconcile: (key: string) => void; name: string }): WorkQueue {
  const { clock, reconcile } = config;
  const queued = new Set<string>();
  let order: string[] = [];
  const failures = new Map<string, number>();
  const delayed = new Map<string, { at: number; id: TimerId }>();
  let scheduled = false;
  let stopped = false;

  function drain(): void {
    scheduled = false;
    while (order.length > 0 && !stopped) {
      const batch = order;
      order = [];
      for (const key of batch) {
        if (stopped) return;
        queued.delete(key);
        run(key);
      }
    }
  }

  function run(key: string): void {
    try {
      reconcile(key);
      failures.delete(key);
    } catch (e) {
      if (!isStatusError(e)) throw e;
      const n = (failures.get(key) ?? 0) + 1;
      failures.set(key, n);
      addAfter(key, Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (n - 1)));
    }
  }

  function add(key: string): void {
    if (stopped || queued.has(key)) return;
    queued.add(key);
    order.push(key);
    if (!scheduled) {
      scheduled = true;
      clock.defer(drain);
    }
  }

  function addAfter(key: string, delayMs: number): void {
    if (stopped) return;
    if (delayMs <= 0) return add(key);
    const at = clock.now() + delayMs;
    const existing = delayed.get(key);
    if (existing && existing.at <= at) return;
    if (existing) clock.cancel(existing.id);
    const id = clock.schedule(delayMs, () => {
      delayed.delete(key);
      add(key);
    });
    delayed.set(key, { at, id });
  }

  return {
    add,
    addAfter,
    drain,
    stop() {
      stopped = true;
      for (const d of delayed.values()) clock.cancel(d.id);
      delayed.clear();
    },
  };
}
