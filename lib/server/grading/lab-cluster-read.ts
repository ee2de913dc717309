import "server-only";

import { isNotFound, type Cluster, type KubeObject, type Node, type Pod } from "@/lib/sim";

/** An object, or undefined when it does not exist; any other API error is a bug and propagates. */
export function findObject<T extends KubeObject>(cluster: Cluster, resource: string, name: string, namespace: string): T | undefined {
  try {
    return cluster.api.get<T>(resource, name, { namespace });
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

export function labelQuery(labels: Record<string, string>): string {
  return Object.entries(labels)
    .map(([k, v]) => `${k}=${v}`)
    .join(",");
}

export function listPods(cluster: Cluster, namespace: string, labels: Record<string, string>): Pod[] {
  return cluster.api.list<Pod>("pods", { namespace, labelSelector: labelQuery(labels) }).items;
}

/** "Deployment web", or "Deployment web in namespace shop" outside the default namespace. */
export function named(kind: string, name: string, namespace: string): string {
  return namespace === "default" ? `${kind} ${name}` : `${kind} ${name} in namespace ${namespace}`;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

export function notReadyNodes(cluster: Cluster): Set<string> {
  const nodes = cluster.api.list<Node>("nodes").items;
  return new Set(nodes.filter((n) => !n.status?.conditions?.some((c) => c.type === "Ready" && c.status === "True")).map((n) => n.metadata.name ?? ""));
}
