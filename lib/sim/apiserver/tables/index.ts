/**
 * PURPOSE: server-side Table conversion: picks the per-kind columns and rows.
 * MODELS: https://kubernetes.io/docs/reference/using-api/api-concepts/#receiving-resources-as-tables
 * NOT MODELLED: the partial-object-metadata form.
 */
import type { KubeObject } from "../../api/types";
import type { Table } from "../client";
import type { TableHandler } from "./common";
import { eventTable } from "./events";
import { hpaTable } from "./hpa";
import { ingressClassTable, ingressTable } from "./ingress";
import { nodeTable } from "./nodes";
import { podTable } from "./pods";
import { endpointSliceTable, serviceTable } from "./services";
import {
  configMapTable,
  defaultTable,
  leaseTable,
  namespaceTable,
  networkPolicyTable,
  roleBindingTable,
  roleTable,
  secretTable,
  serviceAccountTable,
} from "./simple";
import { daemonSetTable, deploymentTable, replicaSetTable } from "./workloads";

const HANDLERS: Record<string, TableHandler> = {
  pods: podTable,
  nodes: nodeTable,
  deployments: deploymentTable,
  replicasets: replicaSetTable,
  daemonsets: daemonSetTable,
  services: serviceTable,
  endpointslices: endpointSliceTable,
  horizontalpodautoscalers: hpaTable,
  events: eventTable,
  namespaces: namespaceTable,
  configmaps: configMapTable,
  secrets: secretTable,
  serviceaccounts: serviceAccountTable,
  roles: roleTable,
  clusterroles: roleTable,
  rolebindings: roleBindingTable,
  clusterrolebindings: roleBindingTable,
  networkpolicies: networkPolicyTable,
  ingresses: ingressTable,
  ingressclasses: ingressClassTable,
  leases: leaseTable,
};

export function toTable(resource: string, objects: KubeObject[], now: number, resourceVersion: string): Table {
  const h = HANDLERS[resource] ?? defaultTable;
  return {
    kind: "Table",
    apiVersion: "meta.k8s.io/v1",
    metadata: { resourceVersion },
    columnDefinitions: h.columns,
    rows: objects.map((object) => ({ cells: h.row(object, now), object })),
  };
}
