/** PURPOSE: entry point the cluster assembly calls to run the scheduler. */
import type { ApiClient } from "../apiserver/client";
import type { Clock } from "../core/clock";
import type { Rng } from "../core/rng";
import { createScheduler } from "./scheduler";

export function startScheduler(config: { api: ApiClient; clock: Clock; rng: Rng }): { stop(): void } {
  return createScheduler(config);
}
