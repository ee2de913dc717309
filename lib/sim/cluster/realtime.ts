// PURPOSE: drives virtual time from the host's real clock for a live view, with a speed factor.
// MODELS: no Kubernetes component.
// NOT MODELLED: catching up after the host was suspended (large gaps are capped).

export type RealtimeHost = { now: () => number; schedule: (fn: () => void, ms: number) => () => void; speed?: number };

const TICK_MS = 100;
const MAX_STEP_MS = 60_000;

export function startRealtimeDriver(host: RealtimeHost, advance: (ms: number) => void): () => void {
  const speed = host.speed ?? 1;
  let last = host.now();
  let carry = 0;
  let stopped = false;
  let cancel = host.schedule(tick, TICK_MS);

  function tick(): void {
    if (stopped) return;
    const t = host.now();
    const exact = Math.min((t - last) * speed, MAX_STEP_MS) + carry;
    last = t;
    const whole = Math.floor(exact);
    carry = exact - whole;
    if (whole > 0) advance(whole);
    cancel = host.schedule(tick, TICK_MS);
  }

  return () => {
    stopped = true;
    cancel();
  };
}
