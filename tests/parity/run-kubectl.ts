// Runs the real kubectl as a child process against a kubeconfig, without blocking the event loop
// (the simulated API server it talks to runs in this process).
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";

export const KUBECTL = "/usr/bin/kubectl";

export function hasKubectl(): boolean {
  return existsSync(KUBECTL);
}

export type CommandOutput = { stdout: string; stderr: string; exitCode: number };

export function runKubectl(args: string[], env: { kubeconfig: string; home: string; cwd: string; stdin?: string }): Promise<CommandOutput> {
  return new Promise((resolve, reject) => {
    const child = spawn(KUBECTL, args, {
      cwd: env.cwd,
      env: { ...process.env, HOME: env.home, KUBECONFIG: env.kubeconfig, KUBECACHEDIR: `${env.home}/cache` },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    // A command that waits for a cluster that never gets there must not hang the suite.
    const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ stdout, stderr, exitCode: code ?? -1 });
    });
    child.stdin.end(env.stdin ?? "");
  });
}
