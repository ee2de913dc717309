/**
 * PURPOSE: columns of the small kinds: namespaces, configmaps, secrets,
 * serviceaccounts, roles, clusterroles, rolebindings, clusterrolebindings,
 * networkpolicies, leases.
 * MODELS: the matching print* functions in kubernetes pkg/printers/internalversion,
 * https://kubernetes.io/docs/reference/kubectl/generated/kubectl_get/
 * NOT MODELLED: nothing further.
 */
import { formatLabelSelector } from "../../api/selectors";
import type { ConfigMap, Lease, Namespace, NetworkPolicy, RoleBinding, Secret, ServiceAccount } from "../../api/types";
import { age, AGE_COLUMN, col, NAME_COLUMN, type TableHandler } from "./common";

export const namespaceTable: TableHandler = {
  columns: [NAME_COLUMN, col("Status", "string", 0, "The status of the namespace"), AGE_COLUMN],
  row: (o, now) => [o.metadata.name ?? "", (o as Namespace).status?.phase ?? "", age(o.metadata.creationTimestamp, now)],
};

export const configMapTable: TableHandler = {
  columns: [NAME_COLUMN, col("Data", "integer", 0, "Number of data in the ConfigMap"), AGE_COLUMN],
  row(o, now) {
    const cm = o as ConfigMap;
    return [cm.metadata.name ?? "", Object.keys(cm.data ?? {}).length + Object.keys(cm.binaryData ?? {}).length, age(cm.metadata.creationTimestamp, now)];
  },
};

export const secretTable: TableHandler = {
  columns: [NAME_COLUMN, col("Type", "string", 0, "The type of the secret"), col("Data", "integer", 0, "The number of data items in the secret"), AGE_COLUMN],
  row(o, now) {
    const s = o as Secret;
    return [s.metadata.name ?? "", s.type ?? "", Object.keys(s.data ?? {}).length, age(s.metadata.creationTimestamp, now)];
  },
};

export const serviceAccountTable: TableHandler = {
  columns: [NAME_COLUMN, col("Secrets", "integer", 0, "Secrets is the list of secrets allowed to be used by pods running using this ServiceAccount."), AGE_COLUMN],
  row: (o, now) => [o.metadata.name ?? "", ((o as ServiceAccount).secrets ?? []).length, age(o.metadata.creationTimestamp, now)],
};

export const roleTable: TableHandler = {
  columns: [NAME_COLUMN, col("Created At", "date", 0, "Time at which the role was created.")],
  row: (o) => [o.metadata.name ?? "", o.metadata.creationTimestamp ?? ""],
};

function subjects(b: RoleBinding, kind: string): string {
  return (b.subjects ?? [])
    .filter((s) => s.kind === kind)
    .map((s) => (kind === "ServiceAccount" ? `${s.namespace ?? ""}:${s.name}` : s.name))
    .join(", ");
}

export const roleBindingTable: TableHandler = {
  columns: [
    NAME_COLUMN,
    col("Role", "string", 0, "Role is the role being referenced."),
    AGE_COLUMN,
    col("Users", "string", 1, "Users in the roleBinding"),
    col("Groups", "string", 1, "Groups in the roleBinding"),
    col("ServiceAccounts", "string", 1, "ServiceAccounts in the roleBinding"),
  ],
  row(o, now) {
    const b = o as RoleBinding;
    return [
      b.metadata.name ?? "",
      `${b.roleRef.kind}/${b.roleRef.name}`,
      age(b.metadata.creationTimestamp, now),
      subjects(b, "User"),
      subjects(b, "Group"),
      subjects(b, "ServiceAccount"),
    ];
  },
};

export const networkPolicyTable: TableHandler = {
  columns: [NAME_COLUMN, col("Pod-Selector", "string", 0, "Select the pods to which this NetworkPolicy object applies."), AGE_COLUMN],
  row: (o, now) => [o.metadata.name ?? "", formatLabelSelector((o as NetworkPolicy).spec.podSelector), age(o.metadata.creationTimestamp, now)],
};

export const leaseTable: TableHandler = {
  columns: [NAME_COLUMN, col("Holder", "string", 0, "The holder of the lease."), AGE_COLUMN],
  row: (o, now) => [o.metadata.name ?? "", (o as Lease).spec?.holderIdentity ?? "", age(o.metadata.creationTimestamp, now)],
};

export const defaultTable: TableHandler = {
  columns: [NAME_COLUMN, AGE_COLUMN],
  row: (o, now) => [o.metadata.name ?? "", age(o.metadata.creationTimestamp, now)],
};
