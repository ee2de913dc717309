/**
 * PURPOSE: the scale subresource's view of a workload: an autoscaling/v1 Scale with the desired
 * and current replicas and the selector, as `kubectl scale` and the HPA read and write it.
 * MODELS: https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/deployment-v1/#get-read-scale-of-the-specified-deployment
 * NOT MODELLED: DaemonSets have no scale subresource, as in the real API.
 */
import { formatLabels } from "../api/selectors";
import type { Deployment, KubeObject, Scale } from "../api/types";

export const HAS_SCALE = new Set(["deployments", "replicasets"]);

export function toScale(o: KubeObject): Scale {
  const d = o as Deployment;
  return {
    apiVersion: "autoscaling/v1",
    kind: "Scale",
    metadata: {
      name: o.metadata.name,
      namespace: o.metadata.namespace,
      uid: o.metadata.uid,
      resourceVersion: o.metadata.resourceVersion,
      creationTimestamp: o.metadata.creationTimestamp,
    },
    spec: { replicas: d.spec.replicas ?? 1 },
    status: { replicas: d.status?.replicas ?? 0, selector: formatLabels(d.spec.selector?.matchLabels).replace("<none>", "") },
  };
}
