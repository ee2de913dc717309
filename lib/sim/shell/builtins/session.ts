/**
 * PURPOSE: the session builtins: clear, help, history, sleep (advances virtual time), ssh to a
 * node and exit back, hostname, whoami, true and false.
 * MODELS: https://www.gnu.org/software/bash/manual/html_node/Bash-Builtins.html and https://man.openbsd.org/ssh
 * NOT MODELLED: ssh keys and users, history expansion (`!!`), job control.
 */
import type { Node } from "../../api/types";
import type { CommandFn } from "../types";
import { currentHost } from "../types";

export const clear: CommandFn = (_argv, _ctx, io) => {
  io.out("\x1b[H\x1b[2J\x1b[3J");
  return 0;
};

export const history: CommandFn = (argv, ctx, io) => {
  if (argv[0] === "-c") {
    ctx.history.length = 0;
    return 0;
  }
  const n = argv[0] !== undefined ? parseInt(argv[0], 10) : ctx.history.length;
  const start = Math.max(0, ctx.history.length - (Number.isNaN(n) ? ctx.history.length : n));
  ctx.history.slice(start).forEach((line, i) => io.out(`${String(start + i + 1).padStart(5)}  ${line}\n`));
  return 0;
};

export const sleep: CommandFn = (argv, ctx, io) => {
  if (argv.length === 0) {
    io.err("sleep: missing operand\nTry 'sleep --help' for more information.\n");
    return 1;
  }
  let total = 0;
  for (const a of argv) {
    const m = /^(\d+(?:\.\d+)?)([smhd]?)$/.exec(a);
    if (!m) {
      io.err(`sleep: invalid time interval ‘${a}’\nTry 'sleep --help' for more information.\n`);
      return 1;
    }
    total += Number(m[1]) * ({ "": 1, s: 1, m: 60, h: 3600, d: 86400 } as Record<string, number>)[m[2]];
  }
  ctx.cluster.advance(Math.round(total * 1000));
  return 0;
};

export const ssh: CommandFn = (argv, ctx, io) => {
  const target = argv.filter((a) => !a.startsWith("-")).pop();
  if (target === undefined) {
    io.err("usage: ssh [-46AaCfGgKkMNnqsTtVvXxYy] destination [command [argument ...]]\n");
    return 255;
  }
  const host = target.includes("@") ? target.slice(target.indexOf("@") + 1) : target;
  const nodes = ctx.cluster.api.list<Node>("nodes").items;
  const node = nodes.find((n) => n.metadata.name === host || n.status?.addresses?.some((a) => a.address === host));
  if (!node) {
    io.err(`ssh: Could not resolve hostname ${host}: Name or service not known\n`);
    return 255;
  }
  const name = node.metadata.name ?? host;
  // A stopped kubelet leaves the machine reachable; only a cut network (or, without machine
  // state, a node whose status went Unknown) refuses the connection.
  const machine = ctx.cluster.nodes?.().find((n) => n.name === name);
  if (machine ? machine.partitioned === true : !isReady(node)) {
    io.err(`ssh: connect to host ${name} port 22: No route to host\n`);
    return 255;
  }
  ctx.hosts.push(name);
  return 0;
};

function isReady(node: Node): boolean {
  return node.status?.conditions?.find((c) => c.type === "Ready")?.status !== "Unknown";
}

export const exit: CommandFn = (_argv, ctx, io) => {
  if (ctx.hosts.length > 1) {
    const left = ctx.hosts.pop();
    io.out(`logout\nConnection to ${left} closed.\n`);
  }
  return 0;
};

export const hostname: CommandFn = (_argv, ctx, io) => {
  io.out(`${currentHost(ctx)}\n`);
  return 0;
};

export const whoami: CommandFn = (_argv, _ctx, io) => {
  io.out("root\n");
  return 0;
};

export const trueCommand: CommandFn = () => 0;
export const falseCommand: CommandFn = () => 1;

const HELP = `Commands available in this terminal:

  kubectl (alias k)   get, describe, run, create, apply, delete, scale, set image, rollout,
                      expose, autoscale, label, annotate, cordon, uncordon, drain, taint,
                      logs, exec, top, auth can-i, api-resources, explain, config, events,
                      version, cluster-info
                      get -w / --watch-only and logs -f keep printing until Ctrl-C; their
                      output can be piped into grep (other filters see the first part only)
  docker              run, ps, images, pull, stop, start, restart, rm, logs, inspect, exec, network
  crictl              ps, pods, images, logs, inspect, inspectp, exec   (on a node: ssh <node>)
  iptables            -t nat -L [CHAIN] [-n] [-v], -t nat -S; iptables-save
  curl, nslookup      reach Services and pods through the simulated network
  etcdctl             get <key> [--prefix] [--keys-only], member list
  ssh <node>, exit    log into a node and back; there: systemctl status kubelet, journalctl -u kubelet,
                      ps aux, ip addr, ip route
  files               cat, ls, rm, mkdir, touch, echo, tee, cd, pwd  (cat > web.yaml <<EOF ... EOF)
  text                grep, head, tail, wc, sort, uniq  (use them after a pipe |)
  session             sleep N (advances the simulated clock), history, clear, help

Anything else answers "command not found".
`;

export const help: CommandFn = (_argv, _ctx, io) => {
  io.out(HELP);
  return 0;
};
