// PURPOSE: starts the control-plane processes of the cluster (scheduler, controller manager, cloud controller manager)
// and the node IPAM part of the controller manager that allocates pod CIDRs.
// MODELS: https://kubernetes.io/docs/concepts/architecture/#control-plane-components
// NOT MODELLED: leader election between several control-plane nodes (one instance of each runs for the whole cluster).

import type { ApiClient } from "../apiserver/client";
import type { Clock } from "../core/clock";
import type { Rng } from "../core/rng";
import type { MetricsSource } from "../metrics/load-model";
import { startNodeIpamController } from "../network/node-ipam-controller";
import { startScheduler } from "../scheduler/index";
import { createInformerFactory } from "../controllers/shared/informer";
import { createDaemonSetController } from "../controllers/daemonset/controller";
import { createDeploymentController } from "../controllers/deployment/controller";
import { createEndpointSliceController } from "../controllers/endpointslice/controller";
import { createGarbageCollector } from "../controllers/garbagecollector/controller";
import { createNamespaceController } from "../controllers/namespace/controller";
import { createReplicaSetController } from "../controllers/replicaset/controller";
import { createServiceAccountController } from "../controllers/serviceaccount/controller";

export type ControlPlane = { stop(): void };

export function startControlPlane(config: { api: ApiClient; clock: Clock; rng: Rng; metrics: MetricsSource; clusterCIDR?: string }): ControlPlane {
  const ipam = startNodeIpamController({ api: config.api, clock: config.clock, clusterCIDR: config.clusterCIDR });
  const scheduler = startScheduler({ api: config.api, clock: config.clock, rng: config.rng });
  // Interim wiring of the controllers that exist, until the controller manager entry point is available.
  const informers = createInformerFactory(config.api);
  const ctx = { api: config.api, clock: config.clock, rng: config.rng, informers };
  const controllers = [
    createReplicaSetController(ctx),
    createDeploymentController(ctx),
    createDaemonSetController(ctx),
    createEndpointSliceController(ctx),
    createGarbageCollector(ctx),
    createNamespaceController(ctx),
    createServiceAccountController(ctx),
  ];
  return {
    stop() {
      for (const c of controllers) c.stop();
      informers.stop();
      scheduler.stop();
      ipam.stop();
    },
  };
}
