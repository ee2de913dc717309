/**
 * PURPOSE: `systemctl status kubelet|containerd` on a node: whether the node agent runs there,
 * which is what a learner checks when a node turns NotReady.
 * MODELS: https://kubernetes.io/docs/tasks/debug/debug-cluster/#example-debugging-a-down-unreachable-node
 * NOT MODELLED: start/stop/restart (faults are injected from the cluster view), the recent log
 * lines under the status (journalctl -u shows them), the
 * `since` time of the Active line.
 */
import type { CommandFn } from "../../types";
import { currentHost } from "../../types";

const UNITS: Record<string, { description: string; docs: string; binary: string }> = {
  kubelet: { description: "kubelet: The Kubernetes Node Agent", docs: "https://kubernetes.io/docs/", binary: "kubelet" },
  containerd: { description: "containerd container runtime", docs: "https://containerd.io", binary: "containerd" },
};

export const systemctl: CommandFn = (argv, ctx, io) => {
  const [verb, raw] = argv.filter((a) => !a.startsWith("-"));
  const name = (raw ?? "").replace(/\.service$/, "");
  if (verb !== "status" || !UNITS[name]) {
    io.err(verb === "status" ? `Unit ${raw ?? ""}.service could not be found.\n` : `systemctl ${verb ?? ""}: only "systemctl status kubelet|containerd" is available here\n`);
    return verb === "status" ? 4 : 1;
  }
  const host = currentHost(ctx);
  const node = ctx.cluster.nodes?.().find((n) => n.name === host);
  const running = name === "containerd" || (node?.kubeletRunning ?? true);
  const unit = UNITS[name];
  io.out(
    `${running ? "●" : "○"} ${name}.service - ${unit.description}\n` +
      `     Loaded: loaded (/usr/lib/systemd/system/${name}.service; enabled; preset: enabled)\n` +
      `     Active: ${running ? "active (running)" : "inactive (dead)"}\n` +
      `       Docs: ${unit.docs}\n` +
      (running ? `   Main PID: ${name === "kubelet" ? 1021 : 642} (${unit.binary})\n` : ""),
  );
  return running ? 0 : 3;
};
