/** PURPOSE: entry point the cluster assembly calls to run the cloud controller manager. */
import type { ApiClient } from "../apiserver/client";
import type { Clock } from "../core/clock";
import type { Rng } from "../core/rng";
import { createCloudControllerManager, type CloudControllerManager } from "./controller";

export function startCloudControllerManager(config: { api: ApiClient; clock: Clock; rng: Rng }): CloudControllerManager {
  return createCloudControllerManager(config);
}
