import type { Cluster, EndpointSlice, Node, Pod, Service } from "@/lib/sim";

export type PodTone = "running" | "pending" | "failing" | "done" | "terminating";
export type PodView = { namespace: string; name: string; status: string; ready: string; tone: PodTone };
export type NodeView = {
  name: string;
  role: "control-plane" | "worker";
  status: string;
  kubeletRunning: boolean;
  partitioned: boolean;
  pods: PodView[];
};
export type ServiceView = { namespace: string; name: string; type: string; clusterIP: string; endpoints: { pod: string; ready: boolean }[] };
export type ClusterModel = { nodes: NodeView[]; unscheduled: PodView[]; services: ServiceView[]; podCount: number };

const FAILING = ["CrashLoopBackOff", "Error", "ErrImagePull", "ImagePullBackOff", "OOMKilled", "Failed", "Unknown", "Evicted"];

function toneOf(status: string, ready: string): PodTone {
  if (status === "Terminating") return "terminating";
  if (status === "Completed" || status === "Succeeded") return "done";
  if (FAILING.some((f) => status.includes(f))) return "failing";
  const [up, total] = ready.split("/");
  return status === "Running" && up === total ? "running" : "pending";
}

function nodeStatus(node: Node | undefined): string {
  const ready = node?.status?.conditions?.find((c) => c.type === "Ready")?.status;
  const text = ready === "True" ? "Ready" : ready === "False" ? "NotReady" : "Unknown";
  return node?.spec?.unschedulable ? `${text},SchedulingDisabled` : text;
}

/** What the cluster view draws, read through the API like any client (plus the simulator's node faults). */
export function buildClusterModel(cluster: Cluster): ClusterModel {
  const pods = cluster.api.list<Pod>("pods").items;
  const table = cluster.api.table("pods", pods);
  const column = (name: string) => table.columnDefinitions.findIndex((c) => c.name === name);
  const [statusAt, readyAt] = [column("Status"), column("Ready")];
  const byNode = new Map<string, PodView[]>();
  const unscheduled: PodView[] = [];
  table.rows.forEach((row, i) => {
    const pod = pods[i]!;
    const status = String(row.cells[statusAt] ?? "");
    const ready = String(row.cells[readyAt] ?? "");
    const view = { namespace: pod.metadata.namespace ?? "default", name: pod.metadata.name ?? "", status, ready, tone: toneOf(status, ready) };
    const node = pod.spec.nodeName;
    if (!node) unscheduled.push(view);
    else byNode.set(node, [...(byNode.get(node) ?? []), view]);
  });
  const apiNodes = new Map(cluster.api.list<Node>("nodes").items.map((n) => [n.metadata.name, n]));
  const nodes = cluster.nodes().map((n) => ({
    name: n.name,
    role: n.role,
    status: nodeStatus(apiNodes.get(n.name)),
    kubeletRunning: n.kubeletRunning,
    partitioned: n.partitioned,
    pods: byNode.get(n.name) ?? [],
  }));
  const slices = cluster.api.list<EndpointSlice>("endpointslices").items;
  const services = cluster.api.list<Service>("services").items.map((s) => {
    const owned = slices.filter(
      (sl) => sl.metadata.namespace === s.metadata.namespace && sl.metadata.labels?.["kubernetes.io/service-name"] === s.metadata.name,
    );
    return {
      namespace: s.metadata.namespace ?? "default",
      name: s.metadata.name ?? "",
      type: s.spec.type ?? "ClusterIP",
      clusterIP: s.spec.clusterIP ?? "",
      endpoints: owned.flatMap((sl) => sl.endpoints ?? []).map((e) => ({ pod: e.targetRef?.name ?? e.addresses[0] ?? "", ready: e.conditions?.ready !== false })),
    };
  });
  return { nodes, unscheduled, services, podCount: pods.length };
}
