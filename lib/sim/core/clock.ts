/**
 * PURPOSE: virtual time for the whole simulator; every component reads time and
 * schedules work here so runs are deterministic and can be fast-forwarded.
 * MODELS: no Kubernetes component; the wall clock that every real process shares.
 * NOT MODELLED: clock skew between machines.
 */

export type TimerId = number;

export type Clock = {
  now(): number;
  schedule(delayMs: number, fn: () => void): TimerId;
  cancel(id: TimerId): void;
  defer(fn: () => void): void;
  settle(): void;
  advance(ms: number): void;
  pendingTimers(): number;
};

type Timer = { id: TimerId; at: number; seq: number; fn: () => void };

const SETTLE_LIMIT = 1_000_000;

function isEarlier(a: Timer, b: Timer): boolean {
  return a.at < b.at || (a.at === b.at && a.seq < b.seq);
}

function createTimerHeap() {
  const heap: Timer[] = [];
  function push(t: Timer): void {
    heap.push(t);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!isEarlier(heap[i], heap[parent])) break;
      [heap[i], heap[parent]] = [heap[parent], heap[i]];
      i = parent;
    }
  }
  function pop(): Timer | undefined {
    if (heap.length === 0) return undefined;
    const top = heap[0];
    const last = heap.pop() as Timer;
    if (heap.length > 0) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && isEarlier(heap[l], heap[m])) m = l;
        if (r < heap.length && isEarlier(heap[r], heap[m])) m = r;
        if (m === i) break;
        [heap[i], heap[m]] = [heap[m], heap[i]];
        i = m;
      }
    }
    return top;
  }
  return { push, pop, peek: (): Timer | undefined => heap[0], size: () => heap.length };
}

export function createClock(config: { startMs: number }): Clock {
  let current = config.startMs;
  let seq = 0;
  let nextId = 1;
  const timers = createTimerHeap();
  const cancelled = new Set<TimerId>();
  let live = 0;
  const deferred: (() => void)[] = [];
  let deferredHead = 0;
  let settling = false;

  function settle(): void {
    if (settling) return;
    settling = true;
    let count = 0;
    try {
      while (deferredHead < deferred.length) {
        const fn = deferred[deferredHead];
        deferredHead++;
        if (++count > SETTLE_LIMIT) throw new Error("clock.settle: more than 1000000 deferred tasks; likely a loop");
        fn();
      }
    } finally {
      deferred.length = 0;
      deferredHead = 0;
      settling = false;
    }
  }

  function fireNext(until: number): boolean {
    for (;;) {
      const top = timers.peek();
      if (!top || top.at > until) return false;
      timers.pop();
      if (cancelled.has(top.id)) {
        cancelled.delete(top.id);
        continue;
      }
      live--;
      current = Math.max(current, top.at);
      top.fn();
      settle();
      return true;
    }
  }

  return {
    now: () => current,
    schedule(delayMs, fn) {
      const id = nextId++;
      timers.push({ id, at: current + Math.max(0, delayMs), seq: seq++, fn });
      live++;
      return id;
    },
    cancel(id) {
      if (id <= 0 || id >= nextId || cancelled.has(id)) return;
      cancelled.add(id);
      live--;
    },
    defer(fn) {
      deferred.push(fn);
    },
    settle,
    advance(ms) {
      const end = current + Math.max(0, ms);
      settle();
      while (fireNext(end));
      current = end;
    },
    pendingTimers: () => live,
  };
}
