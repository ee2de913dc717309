/**
 * PURPOSE: `crictl ps|pods|images|logs|inspect|inspectp` against the container runtime of the node
 * the shell is logged into — what the kubelet asked containerd to run there.
 * MODELS: https://kubernetes.io/docs/tasks/debug/debug-cluster/crictl/ (cri-tools 1.33 columns)
 * exec runs the read-only programs kubectl exec offers (env, hostname, cat, ls, curl, nslookup).
 * NOT MODELLED: interactive exec, stats, pull, rm/stop, --output table customisation.
 */
import type { Pod } from "../../../api/types";
import type { CriReader, PodSandbox, RuntimeContainer } from "../../../runtime/types";
import { goHumanDuration } from "../../../docker/format";
import { CRICTL_TABLE, formatRows } from "../../printers/tabwriter";
import type { CommandFn, Io, ShellContext } from "../../types";
import type { KubectlEnv } from "../kubectl/command";
import { runInContainer } from "../kubectl/exec";
import { currentHost } from "../../types";

const STATE: Record<RuntimeContainer["state"], string> = {
  CONTAINER_CREATED: "Created",
  CONTAINER_RUNNING: "Running",
  CONTAINER_EXITED: "Exited",
  CONTAINER_UNKNOWN: "Unknown",
};

export function truncateId(id: string): string {
  return id.replace(/^sha256:/, "").slice(0, 13);
}

/** go-units HumanSize: decimal units with four significant digits (`56.7MB`, `321.5kB`). */
export function humanSize(bytes: number): string {
  const units = ["B", "kB", "MB", "GB", "TB"];
  let size = bytes;
  let i = 0;
  while (size >= 1000 && i < units.length - 1) {
    size /= 1000;
    i++;
  }
  return `${parseFloat(size.toPrecision(4))}${units[i]}`;
}

function ago(now: number, ms: number): string {
  return `${goHumanDuration(now - ms)} ago`;
}

function flagValue(argv: string[], names: string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    for (const n of names) {
      if (argv[i] === n) return argv[i + 1];
      if (argv[i].startsWith(`${n}=`)) return argv[i].slice(n.length + 1);
    }
  }
  return undefined;
}

export const crictl: CommandFn = (argv, ctx, io) => {
  const host = currentHost(ctx);
  const runtime = ctx.cluster.runtime?.(host);
  if (!runtime) {
    io.err(`bash: crictl: command not found\n`);
    return 127;
  }
  const now = ctx.cluster.clock.now();
  const [sub, ...rest] = argv.filter((a, i) => !(i === 0 && a.startsWith("-")));
  const quiet = rest.includes("-q") || rest.includes("--quiet");
  const all = rest.includes("-a") || rest.includes("--all");
  switch (sub) {
    case "ps":
      return ps(runtime, rest, { quiet, all, now }, io);
    case "pods":
      return pods(runtime, rest, { quiet, now }, io);
    case "images":
    case "image":
    case "img":
      return images(runtime, quiet, io);
    case "logs":
      return logs(runtime, rest, io);
    case "inspect":
      return inspect(runtime, rest, io);
    case "inspectp":
      return inspectp(runtime, rest, io);
    case "exec":
      return exec(runtime, rest, ctx, io);
    case "version":
      io.out(`Version:  0.1.0\nRuntimeName:  containerd\nRuntimeVersion:  ${runtime.version.replace("containerd://", "v")}\nRuntimeApiVersion:  v1\n`);
      return 0;
    case undefined:
      io.out("NAME:\n   crictl - client for CRI\n\nCOMMANDS:\n   exec, images, inspect, inspectp, logs, pods, ps, version\n");
      return 0;
    default:
      io.err(`No help topic for '${sub}'\n`);
      return 1;
  }
};

function sandboxName(runtime: CriReader, c: RuntimeContainer): PodSandbox | undefined {
  return runtime.getPodSandbox(c.podSandboxId);
}

function ps(runtime: CriReader, args: string[], o: { quiet: boolean; all: boolean; now: number }, io: Io): number {
  const podFilter = flagValue(args, ["--pod", "-p"]);
  const nameFilter = flagValue(args, ["--name"]);
  const stateFilter = flagValue(args, ["--state"]);
  let list = runtime.listContainers({ all: o.all || stateFilter !== undefined }).sort((a, b) => b.createdAt - a.createdAt);
  if (podFilter) list = list.filter((c) => c.podSandboxId.startsWith(podFilter));
  if (nameFilter) list = list.filter((c) => new RegExp(nameFilter).test(c.name));
  if (stateFilter) list = list.filter((c) => STATE[c.state].toLowerCase() === stateFilter.toLowerCase());
  if (o.quiet) {
    for (const c of list) io.out(`${c.id}\n`);
    return 0;
  }
  const rows = list.map((c) => {
    const sb = sandboxName(runtime, c);
    return [truncateId(c.id), truncateId(c.imageId), ago(o.now, c.createdAt), STATE[c.state], c.name, String(c.attempt), truncateId(c.podSandboxId), sb?.name ?? "unknown", sb?.namespace ?? "unknown"];
  });
  io.out(formatRows([["CONTAINER", "IMAGE", "CREATED", "STATE", "NAME", "ATTEMPT", "POD ID", "POD", "NAMESPACE"], ...rows], CRICTL_TABLE));
  return 0;
}

function pods(runtime: CriReader, args: string[], o: { quiet: boolean; now: number }, io: Io): number {
  const nameFilter = flagValue(args, ["--name"]);
  const nsFilter = flagValue(args, ["--namespace"]);
  let list = runtime.listPodSandboxes().sort((a, b) => b.createdAt - a.createdAt);
  if (nameFilter) list = list.filter((s) => new RegExp(nameFilter).test(s.name));
  if (nsFilter) list = list.filter((s) => s.namespace === nsFilter);
  if (o.quiet) {
    for (const s of list) io.out(`${s.id}\n`);
    return 0;
  }
  const rows = list.map((s) => [truncateId(s.id), ago(o.now, s.createdAt), s.state === "SANDBOX_READY" ? "Ready" : "NotReady", s.name, s.namespace, String(s.attempt), s.runtimeHandler || "(default)"]);
  io.out(formatRows([["POD ID", "CREATED", "STATE", "NAME", "NAMESPACE", "ATTEMPT", "RUNTIME"], ...rows], CRICTL_TABLE));
  return 0;
}

function images(runtime: CriReader, quiet: boolean, io: Io): number {
  const list = runtime.listImages().sort((a, b) => (a.repository < b.repository ? -1 : a.repository > b.repository ? 1 : a.tag < b.tag ? -1 : 1));
  if (quiet) {
    for (const i of list) io.out(`${i.id}\n`);
    return 0;
  }
  io.out(formatRows([["IMAGE", "TAG", "IMAGE ID", "SIZE"], ...list.map((i) => [i.repository, i.tag, truncateId(i.id), humanSize(i.sizeBytes)])], CRICTL_TABLE));
  return 0;
}

function logs(runtime: CriReader, args: string[], io: Io): number {
  const id = args.filter((a, i) => !a.startsWith("-") && !(i > 0 && args[i - 1] === "--tail")).pop();
  if (!id) {
    io.err('time="2025-01-01T00:00:00Z" level=fatal msg="ID cannot be empty"\n');
    return 1;
  }
  const tail = flagValue(args, ["--tail"]);
  const lines = runtime.logs(id, tail !== undefined ? { tail: Number(tail) } : undefined);
  if (!lines) {
    io.err(`E0101 00:00:00.000000 ${id} not found\n`);
    io.err(`time="2025-01-01T00:00:00Z" level=fatal msg="rpc error: code = NotFound desc = an error occurred when try to find container \\"${id}\\": not found"\n`);
    return 1;
  }
  for (const l of lines) {
    const text = l.text.endsWith("\n") ? l.text : `${l.text}\n`;
    if (l.stream === "stderr") io.err(text);
    else io.out(text);
  }
  return 0;
}

function inspect(runtime: CriReader, args: string[], io: Io): number {
  const ids = args.filter((a) => !a.startsWith("-"));
  let status = 0;
  for (const id of ids) {
    const data = runtime.inspect(id);
    if (!data) {
      io.err(`time="2025-01-01T00:00:00Z" level=fatal msg="getting the status of the container \\"${id}\\": rpc error: code = NotFound desc = an error occurred when try to find container \\"${id}\\": not found"\n`);
      status = 1;
      continue;
    }
    io.out(`${JSON.stringify(data, null, 2)}\n`);
  }
  return status;
}

function inspectp(runtime: CriReader, args: string[], io: Io): number {
  const ids = args.filter((a) => !a.startsWith("-"));
  let status = 0;
  for (const id of ids) {
    const s = runtime.getPodSandbox(id);
    if (!s) {
      io.err(`time="2025-01-01T00:00:00Z" level=fatal msg="getting the pod sandbox status for \\"${id}\\": rpc error: code = NotFound desc = an error occurred when try to find sandbox \\"${id}\\": not found"\n`);
      status = 1;
      continue;
    }
    const data = {
      status: {
        id: s.id,
        metadata: { attempt: s.attempt, name: s.name, namespace: s.namespace, uid: s.uid },
        state: s.state,
        createdAt: new Date(s.createdAt).toISOString().replace(/\.(\d{3})Z$/, ".$1000000Z"),
        network: { additionalIps: [], ip: s.ip },
        linux: { namespaces: { options: { ipc: "POD", network: "POD", pid: "CONTAINER", targetId: "", usernsOptions: null } } },
        labels: s.labels,
        annotations: {},
        runtimeHandler: s.runtimeHandler,
      },
      info: { pid: 0 },
    };
    io.out(`${JSON.stringify(data, null, 2)}\n`);
  }
  return status;
}

/** `crictl exec [-i] [-t] CONTAINER COMMAND [ARG...]`: the same read-only programs as kubectl exec. */
function exec(runtime: CriReader, args: string[], ctx: ShellContext, io: Io): number {
  let first = 0;
  while (first < args.length && /^-(i|t|s|it|ti|-interactive|-tty|-sync)$/.test(args[first])) first++;
  const [id, ...after] = args.slice(first);
  const command = after[0] === "--" ? after.slice(1) : after;
  if (id === undefined || command.length === 0) {
    io.err(`E0000 crictl exec: container ID and command are required\nUsage: crictl exec [command options] CONTAINER-ID COMMAND [ARG...]\n`);
    return 1;
  }
  const container = runtime.getContainer(id);
  if (!container) {
    io.err(`FATA[0000] execing command in container: rpc error: code = NotFound desc = an error occurred when try to find container "${id}": not found\n`);
    return 1;
  }
  const sandbox = runtime.getPodSandbox(container.podSandboxId);
  const pod = sandbox ? ctx.cluster.api.list<Pod>("pods", { namespace: sandbox.namespace }).items.find((p) => p.metadata.name === sandbox.name) : undefined;
  if (container.state !== "CONTAINER_RUNNING" || !pod) {
    io.err(`FATA[0000] execing command in container: rpc error: code = Unknown desc = container is in ${container.state} state\n`);
    return 1;
  }
  const env: KubectlEnv = { shell: ctx, api: ctx.cluster.api, namespace: sandbox?.namespace ?? "default", namespaceSet: false, now: () => ctx.cluster.clock.now(), path: "exec" };
  return runInContainer(command, pod, env, io);
}
