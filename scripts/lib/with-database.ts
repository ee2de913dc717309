import { readFile } from "node:fs/promises";

import { resolveDataDir, runningServerFile, type RunningServer } from "./data-dir";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { migrateDeploy } from "./prisma-cli";

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs `work` with DATABASE_URL pointing at the app's database: the configured
 * server, else the embedded one of a running site (PGlite allows one process
 * per data folder), else the embedded one opened just for this command.
 */
export async function withDatabase<T>(work: () => Promise<T>): Promise<T> {
  if (process.env.DATABASE_URL) return work();
  const dataDir = resolveDataDir();
  const running = await readFile(runningServerFile(dataDir), "utf8")
    .then((text) => JSON.parse(text) as RunningServer)
    .catch(() => null);
  if (running && isAlive(running.pid)) {
    process.env.DATABASE_URL = running.databaseUrl;
    return work();
  }
  const embedded = await startEmbeddedPostgres({ dataDir: `${dataDir}/postgres` });
  try {
    await migrateDeploy(embedded.url);
    process.env.DATABASE_URL = embedded.url;
    return await work();
  } finally {
    await embedded.stop();
  }
}
