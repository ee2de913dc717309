/**
 * PURPOSE: `npm run sim`: the simulator's shell in a terminal. Interactive with a terminal on
 * standard input (prompt, history, Tab completion, here-documents, Ctrl-C stopping a watch, a
 * clock that follows the wall clock); scripted with --script or piped input; with --serve, the
 * cluster's Kubernetes API over HTTP for the real kubectl.
 * MODELS: an SSH login to a kubeadm control-plane node, https://kubernetes.io/docs/reference/kubectl/
 * NOT MODELLED: job control; typing ahead while a watch runs (those lines are dropped).
 * The only file of the simulator that may use Node's modules: it is the process's edge.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { performance } from "node:perf_hooks";
import process from "node:process";
import { createInterface } from "node:readline";
import { createCluster, createSession, type CommandStream, type Session } from "../index";
import { startKubeApiServer } from "./http-server";
import { kubeconfigFor } from "./kubeconfig";
import { CLI_USAGE, parseCliOptions, type CliOptions } from "./options";
import { runScript, splitCommandLines } from "./script";

function fail(message: string): never {
  process.stderr.write(`sim: ${message}\nRun 'npm run sim -- --help' for usage.\n`);
  process.exit(2);
}

function readScript(path: string | undefined): string {
  if (path === undefined) return readFileSync(0, "utf8");
  try {
    return readFileSync(path, "utf8");
  } catch {
    fail(`cannot read script "${path}"`);
  }
}

const hostClock = {
  now: () => performance.now(),
  schedule: (fn: () => void, ms: number) => {
    const timer = setTimeout(fn, ms);
    return () => clearTimeout(timer);
  },
};

/** The cluster behind an HTTP API server; its clock starts at the host's time, since kubectl computes some ages itself. */
async function serve(options: CliOptions): Promise<void> {
  const cluster = createCluster({ scenario: options.scenario, seed: options.seed, k8sVersion: options.k8sVersion, epochMs: Math.floor(Date.now() / 1000) * 1000 });
  const paused = options.speed === 0;
  const server = await startKubeApiServer({ backend: () => cluster, port: options.port, afterRequest: paused ? () => cluster.settle() : undefined }).catch((e: unknown) =>
    fail(`cannot listen on 127.0.0.1:${options.port}: ${e instanceof Error ? e.message : String(e)}`),
  );
  const stopClock = paused ? () => undefined : cluster.startRealtime({ ...hostClock, speed: options.speed });
  const kubeconfig = resolve(options.kubeconfigOut);
  writeFileSync(kubeconfig, kubeconfigFor(server.url));
  process.stdout.write(
    `Simulated cluster "${options.scenario}" (seed ${options.seed}, Kubernetes ${cluster.version}) serving the Kubernetes API at ${server.url}
` +
      `Kubeconfig written to ${kubeconfig}; try: KUBECONFIG=${kubeconfig} kubectl get nodes
` +
      `Virtual time ${paused ? "stands still" : `runs at ${options.speed}x the wall clock`}. Ctrl-C stops the server.
`,
  );
  process.on("SIGINT", () => {
    stopClock();
    void server.close().then(() => process.exit(0));
  });
}

function interactive(session: Session): void {
  const { shell } = session;
  const stopClock = session.cluster.startRealtime(hostClock);
  const rl = createInterface({
    input: process.stdin,
    output: process.stdout,
    terminal: true,
    historySize: 1000,
    completer: (line: string): [string[], string] => [shell.complete(line), line.split(/\s+/).pop() ?? ""],
  });
  let buffer: string | undefined;
  let running: { stream: CommandStream; unsubscribe: () => void } | undefined;

  const prompt = () => {
    rl.setPrompt(buffer === undefined ? shell.prompt() : "> ");
    rl.prompt();
  };
  const stopRunning = () => {
    if (!running) return false;
    running.unsubscribe();
    running.stream.stop();
    running = undefined;
    return true;
  };

  rl.on("line", (line) => {
    if (running) return;
    const text = buffer === undefined ? line : `${buffer}\n${line}`;
    if (shell.needsMore(text)) {
      buffer = text;
      prompt();
      return;
    }
    buffer = undefined;
    const host = shell.host();
    const trimmed = text.trim();
    const result = session.run(text);
    process.stdout.write(result.output);
    if ((trimmed === "exit" || trimmed === "logout") && shell.host() === host) {
      rl.close();
      return;
    }
    if (result.stream) {
      const stream = result.stream;
      running = { stream, unsubscribe: stream.subscribe((chunk) => process.stdout.write(chunk)) };
      return;
    }
    prompt();
  });
  rl.on("SIGINT", () => {
    const stopped = stopRunning();
    if (!stopped) rl.write("", { ctrl: true, name: "u" });
    buffer = undefined;
    process.stdout.write(stopped ? "^C\n" : "^C\n");
    prompt();
  });
  rl.on("close", () => {
    stopRunning();
    stopClock();
    process.stdout.write("\n");
    process.exit(0);
  });
  process.stdout.write(`Simulated cluster "${session.scenario}" (seed ${session.seed}). Type help for the commands, Ctrl-D to leave.\n`);
  prompt();
}

function main(): void {
  const options = parseCliOptions(process.argv.slice(2));
  if ("error" in options) fail(options.error);
  if (options.help) {
    process.stdout.write(CLI_USAGE);
    return;
  }
  if (options.serve) {
    void serve(options);
    return;
  }
  const scripted = options.script !== undefined || !process.stdin.isTTY;
  const text = scripted ? readScript(options.script) : "";
  const session = createSession({ scenario: options.scenario, seed: options.seed, k8sVersion: options.k8sVersion });
  if (!scripted) {
    interactive(session);
    return;
  }
  runScript(session, splitCommandLines(text, session.shell.needsMore), (chunk) => process.stdout.write(chunk));
}

main();
