import { spawn } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const PRISMA_BIN = require.resolve("prisma/build/index.js");

// The CLI refuses to run without a DATABASE_URL even for `generate`, which
// never connects; a placeholder keeps it from fetching a native engine.
const PLACEHOLDER_URL = "postgresql://placeholder@127.0.0.1:1/placeholder";

export function runPrisma(args: string[], options: { databaseUrl?: string; quiet?: boolean } = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [PRISMA_BIN, ...args], {
      env: { ...process.env, DATABASE_URL: options.databaseUrl ?? PLACEHOLDER_URL, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      stdio: options.quiet ? ["ignore", "pipe", "pipe"] : "inherit",
    });
    let output = "";
    child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`prisma ${args.join(" ")} failed (exit ${code})\n${output}`)),
    );
  });
}

export function migrateDeploy(databaseUrl: string): Promise<void> {
  return runPrisma(["migrate", "deploy"], { databaseUrl, quiet: true });
}

export function generateClient(): Promise<void> {
  return runPrisma(["generate"], { quiet: true });
}
