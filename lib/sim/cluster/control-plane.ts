// PURPOSE: starts the control-plane processes of the cluster (scheduler, controller manager, cloud controller manager)
// and the node IPAM part of the controller manager that allocates pod CIDRs.
// MODELS: https://kubernetes.io/docs/concepts/architecture/#control-plane-components
// NOT MODELLED: standby instances on the other control-plane nodes: one instance of each runs for the whole cluster and
// holds its leader Lease.

import type { ApiClient } from "../apiserver/client";
import { startCloudControllerManager } from "../cloud/index";
import { startControllerManager } from "../controllers/index";
import { startLeaderElection } from "./leader-election";
import type { Clock } from "../core/clock";
import type { Rng } from "../core/rng";
import type { MetricsSource } from "../metrics/load-model";
import { startNodeIpamController } from "../network/node-ipam-controller";
import { startScheduler } from "../scheduler/index";

export type ControlPlane = { stop(): void; cloud: { start(): void; stop(): void } };

export type ControlPlaneConfig = {
  api: ApiClient;
  clock: Clock;
  rng: Rng;
  metrics: MetricsSource;
  clusterCIDR?: string;
  controlPlaneNodes: string[];
  /** identities of the leader-election Lease holders; separate so they do not shift the names drawn from rng */
  identityRng: Rng;
};

export function startControlPlane(config: ControlPlaneConfig): ControlPlane {
  const { api, clock, rng } = config;
  const leases = startLeaderElection({ api, clock, rng: config.identityRng, controlPlaneNodes: config.controlPlaneNodes });
  const ipam = startNodeIpamController({ api, clock, clusterCIDR: config.clusterCIDR });
  const scheduler = startScheduler({ api, clock, rng });
  const controllers = startControllerManager({ api, clock, rng, metrics: config.metrics });
  const cloud = startCloudControllerManager({ api, clock, rng });
  return {
    cloud,
    stop() {
      cloud.stop();
      controllers.stop();
      scheduler.stop();
      ipam.stop();
      leases.stop();
    },
  };
}
