// PURPOSE: what a container's main process does: how long it runs, its exit code and the lines it logs.
// MODELS: container command and args, https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/
// NOT MODELLED: real program execution; commands are recognised by a few common shapes (sleep, exit, echo, loops).

import { formatTimestamp } from "../core/time";
import type { RegistryImage } from "./registry";

export type ProcessPlan = {
  /** undefined: runs until stopped */
  exitAfterMs?: number;
  exitCode: number;
};

export function effectiveArgv(image: RegistryImage, command?: string[], args?: string[]): string[] {
  if (command && command.length > 0) return [...command, ...(args ?? [])];
  if (args && args.length > 0) return [...image.command.slice(0, 1), ...args];
  return image.command;
}

function nginxDate(ms: number): string {
  const iso = formatTimestamp(ms);
  return `${iso.slice(0, 10).replaceAll("-", "/")} ${iso.slice(11, 19)}`;
}

function startLogs(image: RegistryImage, startedAtMs: number): string[] {
  const d = nginxDate(startedAtMs);
  const name = image.repository.split("/").pop();
  if (name === "nginx") {
    const v = image.version.replace("-alpine", "");
    return [
      "/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration",
      "/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/",
      "/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh",
      "10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf",
      "10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf",
      "/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh",
      "/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh",
      "/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh",
      "/docker-entrypoint.sh: Configuration complete; ready for start up",
      `${d} [notice] 1#1: using the "epoll" event method`,
      `${d} [notice] 1#1: nginx/${v}`,
      `${d} [notice] 1#1: built by gcc 12.2.0 (Debian 12.2.0-14)`,
      `${d} [notice] 1#1: OS: Linux 6.8.0-51-generic`,
      `${d} [notice] 1#1: getrlimit(RLIMIT_NOFILE): 1048576:1048576`,
      `${d} [notice] 1#1: start worker processes`,
      `${d} [notice] 1#1: start worker process 29`,
      `${d} [notice] 1#1: start worker process 30`,
    ];
  }
  if (name === "redis") {
    return [
      "1:C 01 Jan 2025 00:00:00.000 * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo",
      `1:C 01 Jan 2025 00:00:00.000 * Redis version=${image.version}, bits=64, commit=00000000, modified=0, pid=1, just started`,
      "1:M 01 Jan 2025 00:00:00.000 * Server initialized",
      "1:M 01 Jan 2025 00:00:00.000 * Ready to accept connections tcp",
    ];
  }
  if (name === "httpd") {
    return [
      "AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using 172.17.0.2. Set the 'ServerName' directive globally to suppress this message",
      `[${d}] [mpm_event:notice] [pid 1:tid 1] AH00489: Apache/${image.version} (Unix) configured -- resuming normal operations`,
    ];
  }
  if (name === "hello-world") {
    return [
      "",
      "Hello from Docker!",
      "This message shows that your installation appears to be working correctly.",
      "",
    ];
  }
  if (name === "coredns") return [".:53", `CoreDNS-${image.version.slice(1)}`, "linux/amd64, go1.23.3, 51e11f1"];
  return [];
}

// Programs that never exit on their own: endless loops, following a file (tail -f, -F, --follow) and sleep infinity.
const RUNS_FOREVER = /\bwhile (?:true|:)\b|\btail\b[^;&|]*?\s(?:-[a-zA-Z]*[fF][a-zA-Z]*|--follow(?:=\S+)?)(?=\s|$)|\bsleep\s+inf(?:inity)?\b/;

function numberAfter(argv: string[], word: string): number | undefined {
  const text = argv.join(" ");
  const match = new RegExp(`(?:^|[\\s;&|"'])${word}\\s+(\\d+)`).exec(text);
  return match ? Number(match[1]) : undefined;
}

const ECHO = /echo\s+("([^"]*)"|'([^']*)'|([^;&|]*))/;

/** The lines the process logs when it starts: the image's start-up banner, then what an echo prints. */
export function processLogs(image: RegistryImage, argv: string[], startedAtMs: number): string[] {
  const logs = startLogs(image, startedAtMs);
  if (argv === image.command) return logs;
  const echo = ECHO.exec(argv.join(" "));
  if (echo) logs.push((echo[2] ?? echo[3] ?? echo[4] ?? "").trim());
  return logs;
}

export function planProcess(image: RegistryImage, argv: string[]): ProcessPlan {
  const text = argv.join(" ");
  const usesDefault = argv === image.command;
  if (!usesDefault) {
    const echo = ECHO.exec(text);
    if (RUNS_FOREVER.test(text)) return { exitCode: 0 };
    const exitCode = numberAfter(argv, "exit");
    const sleep = numberAfter(argv, "sleep");
    if (sleep !== undefined) return { exitAfterMs: sleep * 1000, exitCode: exitCode ?? 0 };
    if (exitCode !== undefined) return { exitAfterMs: 0, exitCode };
    if (argv[0] === "false") return { exitAfterMs: 0, exitCode: 1 };
    if (image.kind !== "server" || echo || argv[0] === "true") return { exitAfterMs: 0, exitCode: 0 };
    return { exitCode: 0 };
  }
  if (image.kind === "server") return { exitCode: 0 };
  return { exitAfterMs: 0, exitCode: 0 };
}
