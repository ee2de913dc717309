/**
 * PURPOSE: `journalctl -u kubelet` on a node: the kubelet's start, its registration, what it did to
 * the node's pods (the events it reported, as its log lines) and, when it was stopped, systemd
 * stopping it at its last heartbeat: what a learner reads when a node turns NotReady.
 * MODELS: https://kubernetes.io/docs/tasks/debug/debug-cluster/#looking-at-logs (kubelet logs via
 * journald on systemd hosts) and klog's header `Lmmdd hh:mm:ss.uuuuuu pid file:line] msg`.
 * NOT MODELLED: -f (follow), --since/--until, boots, units other than kubelet and containerd; the
 * source file names in klog headers are indicative.
 */
import type { Event, Lease, Node } from "../../../api/types";
import { formatTimestamp, parseTimestamp } from "../../../core/time";
import type { CommandFn } from "../../types";
import { currentHost } from "../../types";

const KUBELET_PID = 1021;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

type Entry = { at: number; text: string };

export const journalctl: CommandFn = (argv, ctx, io) => {
  const unitIndex = argv.findIndex((a) => a === "-u" || a === "--unit");
  const unitArg = unitIndex >= 0 ? argv[unitIndex + 1] : argv.find((a) => a.startsWith("--unit="))?.slice("--unit=".length);
  const unit = (unitArg ?? "").replace(/\.service$/, "");
  if (unit !== "kubelet" && unit !== "containerd") {
    io.err(unitArg === undefined ? 'journalctl: this node keeps journals for two units here: use "journalctl -u kubelet" or "journalctl -u containerd"\n' : `-- No entries --\n`);
    return unitArg === undefined ? 1 : 0;
  }
  const host = currentHost(ctx);
  const node = ctx.cluster.api.list<Node>("nodes").items.find((n) => n.metadata.name === host);
  if (!node) {
    io.out("-- No entries --\n");
    return 0;
  }
  const entries = unit === "kubelet" ? kubeletEntries(node, ctx) : containerdEntries(node, ctx.cluster.clock.now());
  const lines = entries.sort((a, b) => a.at - b.at).map((e) => `${journalTime(e.at)} ${host} ${e.text}\n`);
  const count = linesOption(argv);
  io.out((count === undefined ? lines : lines.slice(Math.max(0, lines.length - count))).join(""));
  return 0;
};

function linesOption(argv: string[]): number | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "-n" || a === "--lines") return Number(argv[i + 1]) || undefined;
    if (a.startsWith("--lines=")) return Number(a.slice("--lines=".length)) || undefined;
    if (/^-n\d+$/.test(a)) return Number(a.slice(2));
  }
  // -e (often -xe) jumps to the end in the pager: journalctl then shows the last 1000 lines
  if (argv.some((a) => /^-[a-z]+$/.test(a) && a.includes("e"))) return 1000;
  return undefined;
}

function kubeletEntries(node: Node, ctx: Parameters<CommandFn>[1]): Entry[] {
  const name = node.metadata.name ?? "";
  const start = when(node.metadata.creationTimestamp) ?? ctx.cluster.clock.now();
  const klog = (at: number, level: "I" | "W" | "E", source: string, message: string): Entry => ({ at, text: `kubelet[${KUBELET_PID}]: ${level}${klogTime(at)} ${String(KUBELET_PID).padStart(7)} ${source}] ${message}` });
  const version = node.status?.nodeInfo?.kubeletVersion ?? "v1.33.1";
  const entries: Entry[] = [
    { at: start, text: "systemd[1]: Started kubelet.service - kubelet: The Kubernetes Node Agent." },
    klog(start, "I", "server.go:530", `"Kubelet version" kubeletVersion="${version}"`),
    klog(start, "I", "kubelet_node_status.go:75", `"Attempting to register node" node="${name}"`),
    klog(start, "I", "kubelet_node_status.go:78", `"Successfully registered node" node="${name}"`),
  ];
  const events = ctx.cluster.api.list<Event>("events", { namespace: "" }).items.filter((e) => e.source?.component === "kubelet" && e.source.host === name);
  for (const e of events) {
    const at = when(e.lastTimestamp ?? e.firstTimestamp ?? e.metadata.creationTimestamp) ?? start;
    const ref = e.involvedObject;
    const object = ref.namespace ? `${ref.namespace}/${ref.name ?? ""}` : (ref.name ?? "");
    const message = (e.message ?? "").replace(/"/g, '\\"');
    if (e.type === "Warning") {
      entries.push(klog(at, "E", "pod_workers.go:1301", `"Error syncing pod, skipping" err="${e.reason ?? ""}: ${message}" pod="${object}"`));
    } else {
      const fieldPath = ref.fieldPath ? ` fieldPath="${ref.fieldPath}"` : "";
      entries.push(klog(at, "I", "event.go:389", `"Event occurred" object="${object}"${fieldPath} kind="${ref.kind ?? ""}" apiVersion="${ref.apiVersion ?? "v1"}" type="Normal" reason="${e.reason ?? ""}" message="${message}"`));
    }
  }
  const running = ctx.cluster.nodes?.().find((n) => n.name === name)?.kubeletRunning ?? true;
  if (!running) {
    const lease = ctx.cluster.api.list<Lease>("leases", { namespace: "kube-node-lease" }).items.find((l) => l.metadata.name === name);
    const at = when(lease?.spec?.renewTime) ?? ctx.cluster.clock.now();
    entries.push(
      { at, text: "systemd[1]: Stopping kubelet.service - kubelet: The Kubernetes Node Agent..." },
      { at, text: "systemd[1]: kubelet.service: Deactivated successfully." },
      { at, text: "systemd[1]: Stopped kubelet.service - kubelet: The Kubernetes Node Agent." },
    );
  }
  return entries;
}

function containerdEntries(node: Node, now: number): Entry[] {
  const start = when(node.metadata.creationTimestamp) ?? now;
  const version = (node.status?.nodeInfo?.containerRuntimeVersion ?? "containerd://2.0.5").replace("containerd://", "v");
  return [
    { at: start, text: "systemd[1]: Starting containerd.service - containerd container runtime..." },
    { at: start, text: `containerd[642]: time="${formatTimestamp(start)}" level=info msg="starting containerd" version=${version}` },
    { at: start, text: `containerd[642]: time="${formatTimestamp(start)}" level=info msg="containerd successfully booted"` },
    { at: start, text: "systemd[1]: Started containerd.service - containerd container runtime." },
  ];
}

function when(timestamp: string | null | undefined): number | undefined {
  return timestamp ? parseTimestamp(timestamp) : undefined;
}

function two(n: number): string {
  return String(n).padStart(2, "0");
}

/** `Jan 01 00:00:05`, journalctl's short format (the simulated hosts run in UTC). */
function journalTime(ms: number): string {
  const d = new Date(ms);
  return `${MONTHS[d.getUTCMonth()]} ${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
}

/** klog's `mmdd hh:mm:ss.uuuuuu`. */
function klogTime(ms: number): string {
  const d = new Date(ms);
  return `${two(d.getUTCMonth() + 1)}${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}.${String(d.getUTCMilliseconds() * 1000).padStart(6, "0")}`;
}
