import type { Cluster, EndpointSlice, Node, Pod, Service } from "@/lib/sim";

// What the live cluster view draws; kept apart from React so it can be tested on a real cluster.

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
export type ComponentView = { name: string; running: number; total: number };
export type ClusterModel = { controlPlane: ComponentView[]; nodes: NodeView[]; unscheduled: PodView[]; services: ServiceView[]; podCount: number };

// kubeadm runs these as static pods named <component>-<node> in kube-system; kube-proxy and CoreDNS are ordinary workloads there.
// The engine's API reads the default namespace unless asked for "" (all namespaces), as kubectl -A does.
const ALL_NAMESPACES = { namespace: "" };

const SYSTEM_COMPONENTS = ["kube-apiserver", "etcd", "kube-scheduler", "kube-controller-manager", "kube-proxy", "coredns"];

function systemComponents(pods: PodView[]): ComponentView[] {
  return SYSTEM_COMPONENTS.map((name) => {
    const own = pods.filter((p) => p.namespace === "kube-system" && p.name.startsWith(`${name}-`));
    return { name, running: own.filter((p) => p.tone === "running").length, total: own.length };
  }).filter((c) => c.total > 0);
}

const FAILING = ["CrashLoopBackOff", "Error", "ErrImagePull", "ImagePullBackOff", "OOMKilled", "Failed", "Unknown", "Evicted"];

function toneOf(status: string, ready: string): PodTone {
  if (status === "Terminating") return "terminating";
  if (status === "Completed" || status === "Succeeded") return "done";
  if (FAILING.some((f) => status.includes(f))) return "failing";
  const [up, total] = ready.split("/");
  return status === "Running" && up === total ? "running" : "pending";
}


/** What the cluster view draws, read through the API like any client (plus the simulator's node faults). */
export function buildClusterModel(cluster: Cluster): ClusterModel {
  const pods = cluster.api.list<Pod>("pods", ALL_NAMESPACES).items;
  const table = cluster.api.table("pods", pods);
  const column = (name: string) => table.columnDefinitions.findIndex((c) => c.name === name);
  const [statusAt, readyAt] = [column("Status"), column("Ready")];
  const byNode = new Map<string, PodView[]>();
  const unscheduled: PodView[] = [];
  const all: PodView[] = [];
  table.rows.forEach((row, i) => {
    const pod = pods[i]!;
    const status = String(row.cells[statusAt] ?? "");
    const ready = String(row.cells[readyAt] ?? "");
    const view = { namespace: pod.metadata.namespace ?? "default", name: pod.metadata.name ?? "", status, ready, tone: toneOf(status, ready) };
    all.push(view);
    const node = pod.spec.nodeName;
    if (!node) unscheduled.push(view);
    else byNode.set(node, [...(byNode.get(node) ?? []), view]);
  });
  // The STATUS cell as kubectl prints it (Ready, NotReady, SchedulingDisabled), computed by the API server.
  const apiNodes = cluster.api.list<Node>("nodes").items;
  const nodeTable = cluster.api.table("nodes", apiNodes);
  const nodeStatusAt = nodeTable.columnDefinitions.findIndex((c) => c.name === "Status");
  const statusOf = new Map(nodeTable.rows.map((row, i) => [apiNodes[i]!.metadata.name, String(row.cells[nodeStatusAt] ?? "Unknown")]));
  const nodes = cluster.nodes().map((n) => ({
    name: n.name,
    role: n.role,
    status: statusOf.get(n.name) ?? "Unknown",
    kubeletRunning: n.kubeletRunning,
    partitioned: n.partitioned,
    pods: byNode.get(n.name) ?? [],
  }));
  const slices = cluster.api.list<EndpointSlice>("endpointslices", ALL_NAMESPACES).items;
  const services = cluster.api.list<Service>("services", ALL_NAMESPACES).items.map((s) => {
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
  return { controlPlane: systemComponents(all), nodes, unscheduled, services, podCount: pods.length };
}
