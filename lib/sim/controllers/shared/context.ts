/** PURPOSE: what every controller gets from the controller manager. */
import type { ApiClient } from "../../apiserver/client";
import type { Clock } from "../../core/clock";
import type { Rng } from "../../core/rng";
import type { InformerFactory } from "./informer";

export type ControllerContext = { api: ApiClient; clock: Clock; rng: Rng; informers: InformerFactory };

export type Controller = { stop(): void; reconcile(key: string): void };

export function splitKey(key: string): { namespace: string; name: string } {
  const i = key.indexOf("/");
  return i < 0 ? { namespace: "", name: key } : { namespace: key.slice(0, i), name: key.slice(i + 1) };
}
