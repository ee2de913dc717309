/**
 * PURPOSE: the `docker` CLI against the scenario's single Docker host: run, ps, images, pull,
 * stop, start, restart, rm, logs, inspect, exec (a few read-only commands) and network ls/inspect/create.
 * MODELS: https://docs.docker.com/reference/cli/docker/ (docker CLI 27 table formats)
 * NOT MODELLED: build, volumes, compose, --format templates; `docker run` without -d prints the
 * output so far and returns instead of attaching.
 */
import { containerStatus, formatCommand, formatPorts, goHumanDuration } from "../../../docker/format";
import type { DockerHost } from "../../../docker/host";
import { DAEMON_DOWN_MESSAGE, DockerError, type DockerRunOptions } from "../../../docker/types";
import { parseImageReference } from "../../../runtime/image-reference";
import { DOCKER_TABLE, formatRows } from "../../printers/tabwriter";
import type { CommandFn, Io } from "../../types";

type Ctx = { host: DockerHost; now: number; io: Io };

export const docker: CommandFn = (argv, ctx, io) => {
  const host = ctx.cluster.docker;
  if (!host || !host.isRunning()) {
    if (argv.length === 0 || argv[0] === "--help") {
      io.out(USAGE);
      return 0;
    }
    io.err(`${DAEMON_DOWN_MESSAGE}\n`);
    return 1;
  }
  const c: Ctx = { host, now: ctx.cluster.clock.now(), io };
  let [sub, ...args] = argv;
  if (sub === "container" || sub === "image") [sub, ...args] = args.length ? args : ["ls"];
  try {
    switch (sub) {
      case "run":
        return run(args, c);
      case "ps":
      case "ls":
        return ps(args, c);
      case "images":
        return images(c);
      case "pull":
        return pull(args, c);
      case "stop":
      case "start":
      case "restart":
      case "kill":
        return lifecycle(sub, args, c);
      case "rm":
        return remove(args, c);
      case "logs":
        return logs(args, c);
      case "inspect":
        io.out(`${JSON.stringify(args.filter((a) => !a.startsWith("-")).map((a) => host.inspect(a)), null, 4)}\n`);
        return 0;
      case "exec":
        return exec(args, c);
      case "network":
        return network(args, c);
      case undefined:
        io.out(USAGE);
        return 0;
      default:
        io.err(`docker: unknown command: docker ${sub}\n\nRun 'docker --help' for more information\n`);
        return 1;
    }
  } catch (e) {
    if (e instanceof DockerError) {
      io.err(`${sub === "run" ? "docker: " : ""}${e.message}${sub === "run" ? "\nSee 'docker run --help'." : ""}\n`);
      return e.exitCode;
    }
    throw e;
  }
};

const USAGE = "Usage:  docker [OPTIONS] COMMAND\n\nCommands supported here:\n  run, ps, images, pull, stop, start, restart, kill, rm, logs, inspect, exec, network\n";

function run(args: string[], c: Ctx): number {
  const opts: DockerRunOptions = { image: "", publish: [], env: [] };
  let detach = false;
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i];
    if (!a.startsWith("-")) break;
    const [flag, inline] = a.includes("=") ? [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)] : [a, undefined];
    const value = () => inline ?? args[++i];
    if (flag === "-d" || flag === "--detach") detach = true;
    else if (flag === "-it" || flag === "-ti" || flag === "-i" || flag === "-t" || flag === "-dit") detach = detach || flag.includes("d");
    else if (flag === "--rm") opts.rm = true;
    else if (flag === "--name") opts.name = value();
    else if (flag === "-p" || flag === "--publish") opts.publish?.push(value());
    else if (flag === "-e" || flag === "--env") opts.env?.push(value());
    else if (flag === "--network" || flag === "--net") opts.network = value();
    else if (flag === "--restart") opts.restart = value();
    else if (flag === "-dp") {
      detach = true;
      opts.publish?.push(value());
    } else {
      c.io.err(`unknown flag: ${flag}\nSee 'docker run --help'.\n`);
      return 125;
    }
  }
  const image = args[i];
  if (image === undefined) {
    c.io.err(`docker: 'docker run' requires at least 1 argument\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nSee 'docker run --help' for more information\n`);
    return 1;
  }
  opts.image = image;
  opts.command = args.slice(i + 1);
  const ref = parseImageReference(image);
  const present = c.host.images().some((img) => img.repository === ref.familiar && img.tag === ref.tag);
  if (!present) c.io.err(`Unable to find image '${ref.familiar}:${ref.tag}' locally\n`);
  const container = c.host.run(opts);
  if (!present) {
    const img = c.host.images().find((x) => x.repository === ref.familiar && x.tag === ref.tag);
    c.io.err(`${ref.tag}: Pulling from ${ref.familiar.includes("/") ? ref.familiar : `library/${ref.familiar}`}\nDigest: ${img?.digest ?? ""}\nStatus: Downloaded newer image for ${ref.familiar}:${ref.tag}\n`);
  }
  if (detach) c.io.out(`${container.id}\n`);
  else for (const line of container.logs) c.io.out(line.text.endsWith("\n") ? line.text : `${line.text}\n`);
  return 0;
}

function ps(args: string[], c: Ctx): number {
  const all = args.some((a) => a === "-a" || a === "--all" || (/^-[a-z]+$/.test(a) && a.includes("a")));
  const quiet = args.some((a) => a === "-q" || a === "--quiet" || (/^-[a-z]+$/.test(a) && a.includes("q")));
  const list = c.host.ps({ all }).sort((a, b) => b.created - a.created);
  if (quiet) {
    for (const x of list) c.io.out(`${x.id.slice(0, 12)}\n`);
    return 0;
  }
  const rows = list.map((x) => [x.id.slice(0, 12), x.image, formatCommand(x.argv), `${goHumanDuration(c.now - x.created)} ago`, containerStatus(x, c.now), formatPorts(x.ports, x.exposedPorts, x.state === "running"), x.name]);
  c.io.out(formatRows([["CONTAINER ID", "IMAGE", "COMMAND", "CREATED", "STATUS", "PORTS", "NAMES"], ...rows], DOCKER_TABLE));
  return 0;
}

/** go-units HumanSizeWithPrecision(size, 3), as `docker images` prints SIZE. */
function dockerSize(bytes: number): string {
  const units = ["B", "kB", "MB", "GB", "TB"];
  let size = bytes;
  let i = 0;
  while (size >= 1000 && i < units.length - 1) {
    size /= 1000;
    i++;
  }
  return `${parseFloat(size.toPrecision(3))}${units[i]}`;
}

function images(c: Ctx): number {
  const rows = c.host.images().map((img) => [img.repository, img.tag, img.id.replace(/^sha256:/, "").slice(0, 12), `${goHumanDuration(c.now - img.created)} ago`, dockerSize(img.sizeBytes)]);
  c.io.out(formatRows([["REPOSITORY", "TAG", "IMAGE ID", "CREATED", "SIZE"], ...rows], DOCKER_TABLE));
  return 0;
}

function pull(args: string[], c: Ctx): number {
  const reference = args.find((a) => !a.startsWith("-"));
  if (!reference) {
    c.io.err(`"docker pull" requires exactly 1 argument.\nSee 'docker pull --help'.\n`);
    return 1;
  }
  const ref = parseImageReference(reference);
  const result = c.host.pull(reference);
  c.io.out(`${ref.tag}: Pulling from ${ref.familiar.includes("/") ? ref.familiar : `library/${ref.familiar}`}\nDigest: ${result.image.digest}\nStatus: ${result.alreadyPresent ? "Image is up to date" : "Downloaded newer image"} for ${ref.familiar}:${ref.tag}\ndocker.io/${ref.familiar.includes("/") ? ref.familiar : `library/${ref.familiar}`}:${ref.tag}\n`);
  return 0;
}

function lifecycle(verb: "stop" | "start" | "restart" | "kill", args: string[], c: Ctx): number {
  let status = 0;
  for (const name of args.filter((a) => !a.startsWith("-"))) {
    try {
      c.host[verb](name);
      c.io.out(`${name}\n`);
    } catch (e) {
      if (!(e instanceof DockerError)) throw e;
      c.io.err(`${e.message}\n`);
      status = 1;
    }
  }
  return status;
}

function remove(args: string[], c: Ctx): number {
  const force = args.includes("-f") || args.includes("--force");
  let status = 0;
  for (const name of args.filter((a) => !a.startsWith("-"))) {
    try {
      c.host.rm(name, { force });
      c.io.out(`${name}\n`);
    } catch (e) {
      if (!(e instanceof DockerError)) throw e;
      c.io.err(`${e.message}\n`);
      status = 1;
    }
  }
  return status;
}

function logs(args: string[], c: Ctx): number {
  const name = args.filter((a) => !a.startsWith("-")).pop();
  if (!name) {
    c.io.err(`"docker logs" requires exactly 1 argument.\nSee 'docker logs --help'.\n`);
    return 1;
  }
  for (const line of c.host.logs(name)) c.io.out(line.endsWith("\n") ? line : `${line}\n`);
  return 0;
}

function exec(args: string[], c: Ctx): number {
  const rest = args.filter((a) => !/^-[it]+$/.test(a));
  const [name, program, ...params] = rest;
  const container = c.host.get(name ?? "");
  if (container.state !== "running") throw new DockerError(`Error response from daemon: container ${container.id} is not running`, 1);
  switch (program) {
    case "hostname":
      c.io.out(`${container.id.slice(0, 12)}\n`);
      return 0;
    case "env":
      c.io.out(["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", `HOSTNAME=${container.id.slice(0, 12)}`, ...container.env, "HOME=/root"].map((l) => `${l}\n`).join(""));
      return 0;
    case "cat":
      if (params[0] === "/etc/hostname") {
        c.io.out(`${container.id.slice(0, 12)}\n`);
        return 0;
      }
      c.io.err(`cat: ${params[0] ?? ""}: No such file or directory\n`);
      return 1;
    default:
      c.io.err(`OCI runtime exec failed: exec failed: unable to start container process: exec: "${program ?? ""}": executable file not found in $PATH: unknown\n`);
      return 127;
  }
}

function network(args: string[], c: Ctx): number {
  const [sub, ...rest] = args;
  if (sub === "ls" || sub === undefined) {
    const rows = c.host.networks().map((n) => [n.id.slice(0, 12), n.name, n.driver, n.scope]);
    c.io.out(formatRows([["NETWORK ID", "NAME", "DRIVER", "SCOPE"], ...rows], DOCKER_TABLE));
    return 0;
  }
  if (sub === "create") {
    const created = c.host.createNetwork(rest.filter((a) => !a.startsWith("-")).pop() ?? "");
    c.io.out(`${created.id}\n`);
    return 0;
  }
  if (sub === "rm") {
    for (const n of rest) {
      c.host.removeNetwork(n);
      c.io.out(`${n}\n`);
    }
    return 0;
  }
  if (sub === "inspect") {
    const found = rest.map((n) => c.host.networks().find((x) => x.name === n || x.id.startsWith(n)));
    if (found.some((x) => x === undefined)) {
      c.io.err(`Error response from daemon: network ${rest[found.indexOf(undefined)]} not found\n`);
      return 1;
    }
    const data = found.map((n) => ({
      Name: n?.name,
      Id: n?.id,
      Created: new Date(n?.created ?? 0).toISOString(),
      Scope: n?.scope,
      Driver: n?.driver,
      EnableIPv6: false,
      IPAM: { Driver: "default", Options: null, Config: n?.subnet ? [{ Subnet: n.subnet, Gateway: n.gateway }] : [] },
      Internal: n?.internal,
      Attachable: false,
      Ingress: false,
      Containers: Object.fromEntries(c.host.ps({ all: false }).filter((x) => x.network === n?.name).map((x) => [x.id, { Name: x.name, IPv4Address: x.ipAddress ? `${x.ipAddress}/16` : "" }])),
      Options: {},
      Labels: {},
    }));
    c.io.out(`${JSON.stringify(data, null, 4)}\n`);
    return 0;
  }
  c.io.err(`docker: unknown command: docker network ${sub}\n`);
  return 1;
}
