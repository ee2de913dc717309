/**
 * PURPOSE: `kubectl describe node`: roles, labels, taints, conditions, addresses, capacity,
 * system info, the pods running there with their requests, allocated resources, and events.
 * MODELS: https://kubernetes.io/docs/reference/node/node-status/
 * NOT MODELLED: hugepages accounting, volumes in use, node Lease holder details beyond name and renew time.
 */
import type { Event, Lease, Node, Pod } from "../../../../api/types";
import { canonicalQuantity, parseQuantity } from "../../../../api/quantity";
import { createWriter, rfc1123z, since } from "./writer";

export function nodeRoles(node: Node): string[] {
  const roles: string[] = [];
  for (const [k, v] of Object.entries(node.metadata.labels ?? {})) {
    if (k.startsWith("node-role.kubernetes.io/")) roles.push(k.slice("node-role.kubernetes.io/".length));
    else if (k === "kubernetes.io/role") roles.push(v);
  }
  return roles.filter((r) => r !== "").sort();
}

export function describeNode(node: Node, pods: Pod[], lease: Lease | undefined, events: Event[], now: number): string {
  const w = createWriter();
  const roles = nodeRoles(node);
  const status = node.status ?? {};
  w.line(0, `Name:\t${node.metadata.name ?? ""}`);
  w.line(0, `Roles:\t${roles.length ? roles.join(",") : "<none>"}`);
  w.labels(0, "Labels", node.metadata.labels);
  w.annotations(0, "Annotations", node.metadata.annotations);
  w.line(0, `CreationTimestamp:\t${rfc1123z(node.metadata.creationTimestamp)}`);
  w.list(0, "Taints", (node.spec?.taints ?? []).map((t) => `${t.key}${t.value ? `=${t.value}` : ""}:${t.effect}`));
  w.line(0, `Unschedulable:\t${node.spec?.unschedulable ?? false}`);
  w.line(0, "Lease:");
  w.line(1, `HolderIdentity:\t${lease?.spec.holderIdentity ?? "<unset>"}`);
  w.line(1, `AcquireTime:\t${lease?.spec.acquireTime ? rfc1123z(lease.spec.acquireTime) : "<unset>"}`);
  w.line(1, `RenewTime:\t${lease?.spec.renewTime ? rfc1123z(lease.spec.renewTime) : "<unset>"}`);
  w.line(0, "Conditions:");
  w.line(1, "Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage");
  w.line(1, "----\t------\t-----------------\t------------------\t------\t-------");
  for (const c of status.conditions ?? []) {
    w.line(1, `${c.type} \t${c.status} \t${rfc1123z(c.lastHeartbeatTime)} \t${rfc1123z(c.lastTransitionTime)} \t${c.reason ?? ""} \t${c.message ?? ""}`);
  }
  w.line(0, "Addresses:");
  for (const a of status.addresses ?? []) w.line(1, `${a.type}:\t${a.address}`);
  for (const [title, list] of [["Capacity", status.capacity], ["Allocatable", status.allocatable]] as const) {
    w.line(0, `${title}:`);
    for (const k of Object.keys(list ?? {}).sort()) w.line(1, `${k}:\t${canonicalQuantity((list ?? {})[k])}`);
  }
  const info = status.nodeInfo;
  w.line(0, "System Info:");
  w.line(1, `Machine ID:\t${info?.machineID ?? ""}`);
  w.line(1, `System UUID:\t${info?.systemUUID ?? ""}`);
  w.line(1, `Boot ID:\t${info?.bootID ?? ""}`);
  w.line(1, `Kernel Version:\t${info?.kernelVersion ?? ""}`);
  w.line(1, `OS Image:\t${info?.osImage ?? ""}`);
  w.line(1, `Operating System:\t${info?.operatingSystem ?? ""}`);
  w.line(1, `Architecture:\t${info?.architecture ?? ""}`);
  w.line(1, `Container Runtime Version:\t${info?.containerRuntimeVersion ?? ""}`);
  w.line(1, `Kubelet Version:\t${info?.kubeletVersion ?? ""}`);
  w.line(1, `Kube-Proxy Version:\t${info?.kubeProxyVersion ?? ""}`);
  if (node.spec?.podCIDR) w.line(0, `PodCIDR:\t${node.spec.podCIDR}`);
  if (node.spec?.podCIDRs?.length) w.line(0, `PodCIDRs:\t${node.spec.podCIDRs.join(",")}`);
  if (node.spec?.providerID) w.line(0, `ProviderID:\t${node.spec.providerID}`);
  const running = pods.filter((p) => p.status?.phase !== "Succeeded" && p.status?.phase !== "Failed");
  const alloc = status.allocatable ?? {};
  const cpuAlloc = parseQuantity(alloc.cpu ?? "0");
  const memAlloc = parseQuantity(alloc.memory ?? "0");
  w.line(0, `Non-terminated Pods:\t(${running.length} in total)`);
  w.line(1, "Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge");
  w.line(1, "---------\t----\t\t------------\t----------\t---------------\t-------------\t---");
  const totals = { cpuReq: 0, cpuLim: 0, memReq: 0, memLim: 0 };
  for (const p of running) {
    const sum = (kind: "requests" | "limits", res: string) => p.spec.containers.reduce((t, c) => t + parseQuantity(c.resources?.[kind]?.[res] ?? "0"), 0);
    const cr = sum("requests", "cpu");
    const cl = sum("limits", "cpu");
    const mr = sum("requests", "memory");
    const ml = sum("limits", "memory");
    totals.cpuReq += cr;
    totals.cpuLim += cl;
    totals.memReq += mr;
    totals.memLim += ml;
    w.line(1, `${p.metadata.namespace ?? ""}\t${p.metadata.name ?? ""}\t\t${cpu(cr)} (${pct(cr, cpuAlloc)}%)\t${cpu(cl)} (${pct(cl, cpuAlloc)}%)\t${mem(mr)} (${pct(mr, memAlloc)}%)\t${mem(ml)} (${pct(ml, memAlloc)}%)\t${since(p.metadata.creationTimestamp, now)}`);
  }
  w.line(0, "Allocated resources:");
  w.line(1, "(Total limits may be over 100 percent, i.e., overcommitted.)");
  w.line(1, "Resource\tRequests\tLimits");
  w.line(1, "--------\t--------\t------");
  w.line(1, `cpu\t${cpu(totals.cpuReq)} (${pct(totals.cpuReq, cpuAlloc)}%)\t${cpu(totals.cpuLim)} (${pct(totals.cpuLim, cpuAlloc)}%)`);
  w.line(1, `memory\t${mem(totals.memReq)} (${pct(totals.memReq, memAlloc)}%)\t${mem(totals.memLim)} (${pct(totals.memLim, memAlloc)}%)`);
  w.line(1, "ephemeral-storage\t0 (0%)\t0 (0%)");
  w.line(1, "hugepages-1Gi\t0 (0%)\t0 (0%)");
  w.line(1, "hugepages-2Mi\t0 (0%)\t0 (0%)");
  w.events(events, now);
  return w.text();
}

function pct(value: number, total: number): number {
  return total > 0 ? Math.trunc((value / total) * 100) : 0;
}

function cpu(cores: number): string {
  if (cores === 0) return "0";
  const milli = Math.round(cores * 1000);
  return milli % 1000 === 0 ? String(milli / 1000) : `${milli}m`;
}

function mem(bytes: number): string {
  if (bytes === 0) return "0";
  const mi = 1024 * 1024;
  if (bytes % (1024 * mi) === 0) return `${bytes / (1024 * mi)}Gi`;
  if (bytes % mi === 0) return `${bytes / mi}Mi`;
  if (bytes % 1024 === 0) return `${bytes / 1024}Ki`;
  return String(bytes);
}
