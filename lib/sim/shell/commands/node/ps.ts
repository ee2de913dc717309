/**
 * PURPOSE: `ps aux` on a node: systemd, containerd, the kubelet (only while it runs), one
 * containerd shim and pause process per pod sandbox and each running container's own command,
 * so a learner sees that pods are plain processes on the node.
 * MODELS: https://kubernetes.io/docs/concepts/architecture/nodes/ (kubelet and container runtime on
 * every node) and procps `ps aux` columns (USER PID %CPU %MEM VSZ RSS TTY STAT START TIME COMMAND).
 * NOT MODELLED: other ps formats than aux (and -ef), child processes of containers other than nginx's
 * two workers, real PIDs; CPU and memory columns come from metrics-server when it runs, else 0.
 */
import type { CommandFn, ShellContext } from "../../types";
import { currentHost } from "../../types";
import { dockerHostOf, dockerProcesses } from "./docker-host";

const WORKER_VSZ_KB = 11872;
const WORKER_RSS_KB = 2860;

type Proc = { user: string; pid: number; cpu: number; memKB: number; vszKB: number; tty: string; stat: string; start: number; cpuSeconds: number; command: string };

const KUBELET_ARGS =
  "/usr/bin/kubelet --bootstrap-kubeconfig=/etc/kubernetes/bootstrap-kubelet.conf --kubeconfig=/etc/kubernetes/kubelet.conf --config=/var/lib/kubelet/config.yaml --container-runtime-endpoint=unix:///run/containerd/containerd.sock --pod-infra-container-image=registry.k8s.io/pause:3.10";

export const ps: CommandFn = (argv, ctx, io) => {
  const style = argv.join(" ");
  if (style !== "aux" && style !== "-aux" && style !== "auxww" && style !== "-ef" && style !== "-e") {
    io.err('ps: this node answers "ps aux" (or "ps -ef") only\n');
    return 1;
  }
  const procs = processes(ctx, style === "-ef" || style === "-e" ? "ps -ef" : `ps ${style}`);
  if (style === "-ef" || style === "-e") {
    io.out(`UID          PID    PPID  C STIME TTY          TIME CMD\n`);
    for (const p of procs) io.out(`${p.user.padEnd(8)} ${String(p.pid).padStart(7)} ${String(p.pid === 1 ? 0 : 1).padStart(7)}  0 ${clock(p.start)} ${p.tty.padEnd(8)} ${hms(p.cpuSeconds)} ${p.command}\n`);
    return 0;
  }
  io.out("USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\n");
  for (const p of procs) {
    const memPercent = (p.memKB / (4 * 1024 * 1024)) * 100;
    io.out(
      `${p.user.padEnd(8)} ${String(p.pid).padStart(7)} ${p.cpu.toFixed(1).padStart(4)} ${memPercent.toFixed(1).padStart(4)} ${String(p.vszKB).padStart(6)} ${String(p.memKB).padStart(5)} ${p.tty.padEnd(8)} ${p.stat.padEnd(4)} ${clock(p.start)} ${minutes(p.cpuSeconds).padStart(6)} ${p.command}\n`,
    );
  }
  return 0;
};

/**
 * The process titles a container's main process shows: nginx renames its master process and forks two workers
 * (as the image's unprivileged user, uid 101, which the host lists as systemd+); other programs show their argv.
 */
export function containerTitles(argv: string[], fallback: string): { user: string; command: string }[] {
  const text = argv.join(" ");
  const nginx = /(?:^|\s|\/)nginx -g (.+)$/.exec(text);
  if (nginx) {
    const worker = { user: "systemd+", command: "nginx: worker process" };
    return [{ user: "root", command: `nginx: master process nginx -g ${nginx[1]}` }, worker, worker];
  }
  return [{ user: "root", command: text !== "" ? text : fallback }];
}

function processes(ctx: ShellContext, self: string): Proc[] {
  const host = currentHost(ctx);
  const now = ctx.cluster.clock.now();
  const info = ctx.cluster.nodes?.().find((n) => n.name === host);
  const runtime = ctx.cluster.runtime?.(host);
  const boot = Math.min(now, ...(runtime?.listPodSandboxes().map((s) => s.createdAt) ?? [now]));
  const base = (pid: number, command: string, stat: string, vszKB: number, memKB: number, cpu = 0): Proc => ({ user: "root", pid, cpu, memKB, vszKB, tty: "?", stat, start: boot, cpuSeconds: Math.round(((now - boot) / 1000) * (cpu / 100)), command });
  const procs: Proc[] = [base(1, "/sbin/init", "Ss", 167744, 11800), base(642, "/usr/bin/containerd", "Ssl", 1877480, 48692, 0.4)];
  const docker = dockerHostOf(ctx);
  if (docker) {
    let dpid = 3000;
    for (const p of dockerProcesses(docker)) {
      if (p.daemon) procs.push(base(1180, p.command, "Ssl", 2405612, 82304, 0.3));
      else if (p.command.startsWith("/usr/bin/containerd-shim")) procs.push({ ...base(dpid++, p.command, "Sl", 1238276, 13204), start: p.start ?? now });
      else {
        for (const t of containerTitles(p.command.split(" "), p.command)) {
          const worker = t.user !== "root";
          procs.push({ ...base(dpid++, t.command, worker ? "S" : "Ss", worker ? WORKER_VSZ_KB : 11404, worker ? WORKER_RSS_KB : 7420), user: t.user, start: p.start ?? now });
        }
      }
    }
    const login = Math.max(boot, now - 60_000);
    procs.push({ ...base(dpid + 100, "-bash", "Ss", 8648, 5376), tty: "pts/0", start: login, cpuSeconds: 0 });
    procs.push({ ...base(dpid + 101, self, "R+", 10068, 3456), tty: "pts/0", start: now, cpuSeconds: 0 });
    return procs;
  }
  if (info?.kubeletRunning ?? true) procs.push(base(1021, KUBELET_ARGS, "Ssl", 1934668, 95496, 1.2));
  let pid = 2000;
  for (const sandbox of runtime?.listPodSandboxes() ?? []) {
    if (sandbox.state !== "SANDBOX_READY") continue;
    const started = sandbox.createdAt;
    procs.push({ ...base(pid++, `/usr/bin/containerd-shim-runc-v2 -namespace k8s.io -id ${sandbox.id} -address /run/containerd/containerd.sock`, "Sl", 1238276, 13204), start: started });
    procs.push({ user: "65535", pid: pid++, cpu: 0, memKB: 1024, vszKB: 1020, tty: "?", stat: "Ss", start: started, cpuSeconds: 0, command: "/pause" });
    for (const c of runtime?.listContainers() ?? []) {
      if (c.podSandboxId !== sandbox.id || c.state !== "CONTAINER_RUNNING") continue;
      const usage = ctx.cluster.metrics?.isAvailable() ? ctx.cluster.metrics.podMetrics(sandbox.namespace, sandbox.name) : undefined;
      const since = c.startedAt ?? c.createdAt;
      const cpu = usage ? usage.cpuMilli / 10 : 0;
      containerTitles(c.argv.map((a) => a.replaceAll("$(NODE_NAME)", host)), c.name).forEach((t, i) =>
        procs.push({
          user: t.user,
          pid: pid++,
          cpu: i === 0 ? cpu : 0,
          memKB: i > 0 ? WORKER_RSS_KB : usage ? Math.round(usage.memoryBytes / 1024) : 0,
          vszKB: i > 0 ? WORKER_VSZ_KB : usage ? Math.round(usage.memoryBytes / 1024) * 3 : 0,
          tty: "?",
          stat: i === 0 ? "Ss" : "S",
          start: since,
          cpuSeconds: i === 0 ? Math.round(((now - since) / 1000) * (cpu / 100)) : 0,
          command: t.command,
        }),
      );
    }
    pid = Math.ceil(pid / 10) * 10;
  }
  const login = Math.max(boot, now - 60_000);
  procs.push({ ...base(pid + 100, "-bash", "Ss", 8648, 5376), tty: "pts/0", start: login, cpuSeconds: 0 });
  procs.push({ ...base(pid + 101, self, "R+", 10068, 3456), tty: "pts/0", start: now, cpuSeconds: 0 });
  return procs;
}

function two(n: number): string {
  return String(n).padStart(2, "0");
}

/** START: `HH:MM` of the start time (the hosts run in UTC). */
function clock(ms: number): string {
  const d = new Date(ms);
  return `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
}

/** TIME in ps aux: cumulative CPU as `M:SS`. */
function minutes(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${two(seconds % 60)}`;
}

/** TIME in ps -ef: `HH:MM:SS`. */
function hms(seconds: number): string {
  return `${two(Math.floor(seconds / 3600))}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}`;
}
