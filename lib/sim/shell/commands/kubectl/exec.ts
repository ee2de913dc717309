/**
 * PURPOSE: `kubectl exec POD [-c C] -- COMMAND`: a handful of read-only commands inside a running
 * container: env, hostname, cat of /etc/resolv.conf, /etc/hostname and /etc/hosts, ls, curl, nslookup.
 * MODELS: https://kubernetes.io/docs/tasks/debug/debug-application/get-shell-running-container/
 * NOT MODELLED: interactive shells (-it sh), writes inside the container, any other program.
 */
import type { Pod, Service } from "../../../api/types";
import { StatusError } from "../../../core/errors";
import type { Io } from "../../types";
import { runCurl } from "../node/curl";
import { runNslookup } from "../node/nslookup";
import { KubectlError, UsageError, type KubectlCommand, type KubectlEnv } from "./command";
import { flagString } from "./flags";
import { resolvePod } from "./logs";
import { chooseContainer } from "./pod-containers";

export const execCommand: KubectlCommand = {
  path: "exec",
  flags: [{ name: "container", short: "c", type: "string" }, { name: "stdin", short: "i", type: "bool" }, { name: "tty", short: "t", type: "bool" }, { name: "quiet", short: "q", type: "bool" }],
  run(flags, env, io) {
    if (flags.args.length === 0) throw new UsageError("pod, type/name or --filename must be specified");
    if (!flags.dashSeen) {
      if (flags.args.length > 1) throw new KubectlError("exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead");
      throw new UsageError("you must specify at least one command for the container");
    }
    if (flags.dashArgs.length === 0) throw new UsageError("you must specify at least one command for the container");
    const pod = resolvePod(flags.args[0], env, io);
    const container = chooseContainer(pod, flagString(flags, "container"), "exec");
    if (pod.status?.phase === "Succeeded" || pod.status?.phase === "Failed") {
      throw StatusError.badRequest(`cannot exec into a container in a completed pod; current phase is ${pod.status.phase}`);
    }
    const status = pod.status?.containerStatuses?.find((s) => s.name === container);
    if (!status?.state?.running) throw StatusError.badRequest(`container ${container} is not valid for pod ${pod.metadata.name ?? ""}`);
    return runInContainer(flags.dashArgs, pod, env, io);
  },
};

/** Runs one of the read-only programs inside a running container of `pod` (crictl exec shares it). */
export function runInContainer(argv: string[], pod: Pod, env: KubectlEnv, io: Io): number {
  let [program, ...args] = argv;
  if ((program === "sh" || program === "bash" || program === "/bin/sh" || program === "/bin/bash") && args[0] === "-c" && args[1] !== undefined) {
    [program, ...args] = args[1].split(/\s+/).filter((x) => x !== "");
  }
  const name = pod.metadata.name ?? "";
  const namespace = pod.metadata.namespace ?? "default";
  switch (program) {
    case "hostname":
      io.out(`${pod.spec.hostname ?? name}\n`);
      return 0;
    case "env":
    case "printenv":
      io.out(environment(pod, env).map((l) => `${l}\n`).join(""));
      return 0;
    case "cat":
      return catFile(args, pod, io);
    case "ls":
      io.out(args.length === 0 || args[0] === "/" ? "bin\nboot\ndev\netc\nhome\nlib\nmedia\nmnt\nopt\nproc\nroot\nrun\nsbin\nsrv\nsys\ntmp\nusr\nvar\n" : "");
      return 0;
    case "curl":
      return runCurl(args, env.shell, io, { node: pod.spec.nodeName ?? "", namespace });
    case "nslookup":
      return runNslookup(args, env.shell, io, namespace);
    case "sh":
    case "bash":
    case "/bin/sh":
    case "/bin/bash":
      io.err("Unable to use a TTY - input is not a terminal or the right kind of file\nthis terminal runs single commands: use `kubectl exec POD -- COMMAND`\n");
      return 0;
    default:
      io.err(`error: Internal error occurred: error executing command in container: failed to exec in container: failed to start exec: OCI runtime exec failed: exec failed: unable to start container process: exec: "${program}": executable file not found in $PATH: unknown\n`);
      return 1;
  }
}

function catFile(args: string[], pod: Pod, io: Io): number {
  const namespace = pod.metadata.namespace ?? "default";
  const files: Record<string, string> = {
    "/etc/resolv.conf": `search ${namespace}.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n`,
    "/etc/hostname": `${pod.metadata.name ?? ""}\n`,
    "/etc/hosts": `# Kubernetes-managed hosts file.\n127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::0\tip6-localnet\nfe00::0\tip6-mcastprefix\nfe00::1\tip6-allnodes\nfe00::2\tip6-allrouters\n${pod.status?.podIP ?? ""}\t${pod.metadata.name ?? ""}\n`,
  };
  let status = 0;
  for (const file of args) {
    const text = files[file];
    if (text === undefined) {
      io.err(`cat: ${file}: No such file or directory\n`);
      status = 1;
    } else io.out(text);
  }
  if (status !== 0) io.err("command terminated with exit code 1\n");
  return status;
}

function environment(pod: Pod, env: KubectlEnv): string[] {
  const container = pod.spec.containers[0];
  const lines = ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", `HOSTNAME=${pod.metadata.name ?? ""}`];
  for (const e of container.env ?? []) if (e.value !== undefined) lines.push(`${e.name}=${e.value}`);
  if (pod.spec.enableServiceLinks !== false) {
    const services = env.api.list<Service>("services", { namespace: pod.metadata.namespace }).items;
    for (const svc of services) {
      const prefix = (svc.metadata.name ?? "").toUpperCase().replace(/-/g, "_");
      const ip = svc.spec.clusterIP;
      const port = svc.spec.ports?.[0];
      if (!ip || ip === "None" || !port) continue;
      const proto = (port.protocol ?? "TCP").toLowerCase();
      lines.push(`${prefix}_SERVICE_HOST=${ip}`, `${prefix}_SERVICE_PORT=${port.port}`);
      if (port.name) lines.push(`${prefix}_SERVICE_PORT_${port.name.toUpperCase().replace(/-/g, "_")}=${port.port}`);
      lines.push(`${prefix}_PORT=${proto}://${ip}:${port.port}`, `${prefix}_PORT_${port.port}_${proto.toUpperCase()}=${proto}://${ip}:${port.port}`, `${prefix}_PORT_${port.port}_${proto.toUpperCase()}_PROTO=${proto}`, `${prefix}_PORT_${port.port}_${proto.toUpperCase()}_PORT=${port.port}`, `${prefix}_PORT_${port.port}_${proto.toUpperCase()}_ADDR=${ip}`);
    }
  }
  lines.push("HOME=/root");
  return lines;
}
