import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

export function resolveDataDir(): string {
  return path.resolve(process.env.DATA_DIR ?? ".data");
}

/** The NEXTAUTH_SECRET kept in the data folder, created on first start. */
export async function loadOrCreateSecret(dataDir: string): Promise<string> {
  const file = path.join(dataDir, "nextauth-secret");
  try {
    const existing = (await readFile(file, "utf8")).trim();
    if (existing.length >= 32) return existing;
  } catch {
    // first start: create it below
  }
  await mkdir(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("hex");
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

export type RunningServer = { pid: number; databaseUrl: string };

/** While the site runs on the embedded database, other commands (user:role) reach it through this file. */
export function runningServerFile(dataDir: string): string {
  return path.join(dataDir, "server.json");
}
