// PURPOSE: starts the control-plane processes of the cluster (scheduler, controller manager, cloud controller manager)
// and the node IPAM part of the controller manager that allocates pod CIDRs.
// MODELS: https://kubernetes.io/docs/concepts/architecture/#control-plane-components
// NOT MODELLED: leader election between several control-plane nodes (one instance of each runs for the whole cluster).

import type { ApiClient } from "../apiserver/client";
import { startCloudControllerManager } from "../cloud/index";
import { startControllerManager } from "../controllers/index";
import type { Clock } from "../core/clock";
import type { Rng } from "../core/rng";
import type { MetricsSource } from "../metrics/load-model";
import { startNodeIpamController } from "../network/node-ipam-controller";
import { startScheduler } from "../scheduler/index";

export type ControlPlane = { stop(): void };

export function startControlPlane(config: { api: ApiClient; clock: Clock; rng: Rng; metrics: MetricsSource; clusterCIDR?: string }): ControlPlane {
  const { api, clock, rng } = config;
  const ipam = startNodeIpamController({ api, clock, clusterCIDR: config.clusterCIDR });
  const scheduler = startScheduler({ api, clock, rng });
  const controllers = startControllerManager({ api, clock, rng, metrics: config.metrics });
  const cloud = startCloudControllerManager({ api, clock, rng });
  return {
    stop() {
      cloud.stop();
      controllers.stop();
      scheduler.stop();
      ipam.stop();
    },
  };
}
