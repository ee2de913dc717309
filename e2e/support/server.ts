import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";

import { findFreePort } from "../../scripts/lib/embedded-postgres";

const require = createRequire(import.meta.url);
const TSX_CLI = require.resolve("tsx/cli");

export type RunningSite = { url: string; dataDir: string; output: () => string; stop(): Promise<number | null> };

/**
 * Starts the site exactly as `npm start` does (tsx scripts/start.ts), on a free
 * port, and resolves once it prints that it is ready.
 */
export async function startSite(options: { dataDir?: string; env?: Record<string, string | undefined> } = {}): Promise<RunningSite> {
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(os.tmpdir(), "academy-e2e-data-")));
  const port = await findFreePort();
  const child: ChildProcess = spawn(process.execPath, [TSX_CLI, "scripts/start.ts"], {
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  const url = `http://localhost:${port}`;
  await new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (output.includes(`Ready on ${url}`)) {
        clearInterval(timer);
        resolve();
      } else if (child.exitCode !== null) {
        clearInterval(timer);
        reject(new Error(`the site exited with ${child.exitCode} before it was ready:\n${output}`));
      }
    }, 100);
  });
  return {
    url,
    dataDir,
    output: () => output,
    async stop() {
      if (child.exitCode !== null) return child.exitCode;
      child.kill("SIGTERM");
      return new Promise((resolve) => child.once("exit", (code) => resolve(code)));
    },
  };
}

export async function removeDataDir(dataDir: string): Promise<void> {
  await rm(dataDir, { recursive: true, force: true });
}
