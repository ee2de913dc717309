/**
 * PURPOSE: `kubectl get deployments|replicasets|daemonsets` columns.
 * MODELS: printDeployment, printReplicaSet, printDaemonSet in kubernetes pkg/printers/internalversion,
 * https://kubernetes.io/docs/concepts/workloads/controllers/deployment/
 * NOT MODELLED: nothing further.
 */
import { formatLabels, formatLabelSelector } from "../../api/selectors";
import type { DaemonSet, Deployment, PodTemplateSpec, ReplicaSet } from "../../api/types";
import { age, AGE_COLUMN, col, NAME_COLUMN, type TableHandler } from "./common";

const CONTAINERS = col("Containers", "string", 1, "Names of each container in the template.");
const IMAGES = col("Images", "string", 1, "Images referenced by each container in the template.");
const SELECTOR = col("Selector", "string", 1, "Label selector for pods. Existing ReplicaSets whose pods are selected by this will be the ones affected by this deployment.");

function templateCells(t: PodTemplateSpec | undefined): [string, string] {
  const cs = t?.spec?.containers ?? [];
  return [cs.map((c) => c.name).join(","), cs.map((c) => c.image ?? "").join(",")];
}

export const deploymentTable: TableHandler = {
  columns: [
    NAME_COLUMN,
    col("Ready", "string", 0, "Number of the pod with ready state"),
    col("Up-to-date", "integer", 0, "Total number of non-terminated pods targeted by this deployment that have the desired template spec."),
    col("Available", "integer", 0, "Total number of available pods (ready for at least minReadySeconds) targeted by this deployment."),
    AGE_COLUMN,
    CONTAINERS,
    IMAGES,
    SELECTOR,
  ],
  row(obj, now) {
    const d = obj as Deployment;
    const s = d.status ?? {};
    return [
      d.metadata.name ?? "",
      `${s.readyReplicas ?? 0}/${d.spec.replicas ?? 0}`,
      s.updatedReplicas ?? 0,
      s.availableReplicas ?? 0,
      age(d.metadata.creationTimestamp, now),
      ...templateCells(d.spec.template),
      formatLabelSelector(d.spec.selector),
    ];
  },
};

export const replicaSetTable: TableHandler = {
  columns: [
    NAME_COLUMN,
    col("Desired", "integer", 0, "Replicas is the number of desired replicas."),
    col("Current", "integer", 0, "Replicas is the most recently observed number of replicas."),
    col("Ready", "integer", 0, "The number of ready replicas for this replica set."),
    AGE_COLUMN,
    CONTAINERS,
    IMAGES,
    col("Selector", "string", 1, "Selector is a label query over pods that should match the replica count."),
  ],
  row(obj, now) {
    const rs = obj as ReplicaSet;
    return [
      rs.metadata.name ?? "",
      rs.spec.replicas ?? 0,
      rs.status?.replicas ?? 0,
      rs.status?.readyReplicas ?? 0,
      age(rs.metadata.creationTimestamp, now),
      ...templateCells(rs.spec.template),
      formatLabelSelector(rs.spec.selector),
    ];
  },
};

export const daemonSetTable: TableHandler = {
  columns: [
    NAME_COLUMN,
    col("Desired", "integer", 0, "The total number of nodes that should be running the daemon pod."),
    col("Current", "integer", 0, "The number of nodes that are running at least 1 daemon pod and are supposed to run the daemon pod."),
    col("Ready", "integer", 0, "numberReady is the number of nodes that should be running the daemon pod and have one or more of the daemon pod running and ready."),
    col("Up-to-date", "integer", 0, "The total number of nodes that are running updated daemon pod"),
    col("Available", "integer", 0, "The number of nodes that should be running the daemon pod and have one or more of the daemon pod running and available."),
    col("Node Selector", "string", 0, "NodeSelector is a selector which must be true for the pod to fit on a node."),
    AGE_COLUMN,
    CONTAINERS,
    IMAGES,
    col("Selector", "string", 1, "A label query over pods that are managed by the daemon set."),
  ],
  row(obj, now) {
    const ds = obj as DaemonSet;
    const s = ds.status;
    return [
      ds.metadata.name ?? "",
      s?.desiredNumberScheduled ?? 0,
      s?.currentNumberScheduled ?? 0,
      s?.numberReady ?? 0,
      s?.updatedNumberScheduled ?? 0,
      s?.numberAvailable ?? 0,
      formatLabels(ds.spec.template?.spec?.nodeSelector),
      age(ds.metadata.creationTimestamp, now),
      ...templateCells(ds.spec.template),
      formatLabelSelector(ds.spec.selector),
    ];
  },
};
