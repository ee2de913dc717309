/**
 * PURPOSE: kube-controller-manager: starts every controller over one set of
 * shared informers.
 * MODELS: https://kubernetes.io/docs/reference/command-line-tools-reference/kube-controller-manager/
 * NOT MODELLED: leader election, per-controller service accounts (all run with
 * admin credentials rather than system:kube-controller-manager's role), Jobs,
 * CronJobs, StatefulSets.
 */
import type { ApiClient } from "../apiserver/client";
import type { Clock } from "../core/clock";
import type { Rng } from "../core/rng";
import { createDaemonSetController } from "./daemonset/controller";
import { createDeploymentController } from "./deployment/controller";
import { createEndpointSliceController } from "./endpointslice/controller";
import { createGarbageCollector } from "./garbagecollector/controller";
import { createHpaController } from "./hpa/controller";
import type { MetricsSource } from "./hpa/replicas";
import { createNamespaceController } from "./namespace/controller";
import { createNodeLifecycleController } from "./nodelifecycle/controller";
import { createReplicaSetController } from "./replicaset/controller";
import { createServiceAccountController } from "./serviceaccount/controller";
import { createInformerFactory } from "./shared/informer";

export type { MetricsSource } from "./hpa/replicas";
export { rollbackDeployment, rolloutHistory, type RolloutRevision } from "./deployment/rollback";

export function startControllerManager(config: { api: ApiClient; clock: Clock; rng: Rng; metrics: MetricsSource }): { stop(): void } {
  const informers = createInformerFactory(config.api);
  const ctx = { api: config.api, clock: config.clock, rng: config.rng, informers };
  const controllers = [
    createNamespaceController(ctx),
    createServiceAccountController(ctx),
    createGarbageCollector(ctx),
    createReplicaSetController(ctx),
    createDeploymentController(ctx),
    createDaemonSetController(ctx),
    createEndpointSliceController(ctx),
    createNodeLifecycleController(ctx),
    createHpaController({ ...ctx, metrics: config.metrics }),
  ];
  return {
    stop() {
      for (const c of controllers) c.stop();
      informers.stop();
    },
  };
}
