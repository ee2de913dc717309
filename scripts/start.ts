// `npm start` / `npm run dev`: database (embedded unless DATABASE_URL is set),
// migrations, build when needed, then the Next server; Ctrl-C or SIGTERM stops
// everything cleanly so the embedded database is never left half-written.
import { spawn, type ChildProcess } from "node:child_process";
import { rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";

import { loadOrCreateSecret, resolveDataDir, runningServerFile } from "./lib/data-dir";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./lib/embedded-postgres";
import { ensureProductionBuild } from "./lib/ensure-build";
import { generateClient, migrateDeploy } from "./lib/prisma-cli";
import { productionServerArgs } from "./lib/production-server";

const require = createRequire(import.meta.url);
const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);

function log(line: string): void {
  process.stdout.write(`[academy] ${line}\n`);
}

function fail(message: string): never {
  process.stderr.write(`[academy] error: ${message}\n`);
  process.exit(1);
}

async function waitForHealth(url: string, child: ChildProcess): Promise<boolean> {
  for (let i = 0; i < 600 && child.exitCode === null; i++) {
    const ok = await fetch(`${url}/api/health`).then((r) => r.ok, () => false);
    if (ok) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

async function main(): Promise<void> {
  if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`PORT must be a number from 1 to 65535, not "${process.env.PORT}"`);
  const dataDir = resolveDataDir();
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PORT: String(port) };
  let embedded: EmbeddedPostgres | undefined;

  if (process.env.DATABASE_URL) {
    if (!dev && !process.env.NEXTAUTH_SECRET) {
      fail(
        "NEXTAUTH_SECRET is not set. Production mode with an external database needs a fixed secret to sign sessions:\n" +
          "  export NEXTAUTH_SECRET=$(openssl rand -hex 32)\nthen start again (keep the same value across restarts and replicas).",
      );
    }
    env.ACADEMY_EMBEDDED_DB = "0";
    log("Using the database at DATABASE_URL.");
  } else {
    embedded = await startEmbeddedPostgres({ dataDir: `${dataDir}/postgres` });
    env.DATABASE_URL = embedded.url;
    env.NEXTAUTH_SECRET ??= await loadOrCreateSecret(dataDir);
    env.ACADEMY_EMBEDDED_DB = "1";
    log(`Embedded Postgres (PGlite) started; data in ${dataDir}.`);
  }
  env.NEXTAUTH_URL ??= `http://localhost:${port}`;

  const running: { next?: ChildProcess } = {};
  let stopping = false;
  async function shutdown(code: number): Promise<void> {
    if (stopping) return;
    stopping = true;
    const next = running.next;
    if (next && next.exitCode === null) {
      next.kill("SIGTERM");
      await new Promise((r) => next.once("exit", r));
    }
    await rm(runningServerFile(dataDir), { force: true });
    await embedded?.stop();
    log("Stopped.");
    process.exit(code);
  }
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));

  try {
    await generateClient();
    await migrateDeploy(env.DATABASE_URL!);
    log("Database migrations applied.");
    if (!dev) await ensureProductionBuild(log);
  } catch (error) {
    process.stderr.write(`[academy] error: ${error instanceof Error ? error.message : String(error)}\n`);
    await shutdown(1);
    return;
  }
  if (stopping) return;

  const args = dev ? [require.resolve("next/dist/bin/next"), "dev", "-p", String(port)] : productionServerArgs();
  const child = spawn(process.execPath, args, { env, stdio: ["ignore", "pipe", "inherit"] });
  running.next = child;
  child.stdout?.on("data", (d: Buffer) => process.stdout.write(d));
  // Ctrl-C reaches the server directly (same process group); its exit then is a normal stop.
  child.on("exit", (code, signal) => void shutdown(stopping || signal || code === 130 || code === 143 ? 0 : (code ?? 1)));
  if (embedded) await writeFile(runningServerFile(dataDir), JSON.stringify({ pid: process.pid, databaseUrl: embedded.url }));

  const url = `http://localhost:${port}`;
  if (await waitForHealth(url, child)) {
    log(`Ready on ${url}`);
    if (embedded) log("Embedded mode: the first account created becomes an administrator.");
  }
}

void main().catch((error: unknown) => fail(error instanceof Error ? (error.stack ?? error.message) : String(error)));
