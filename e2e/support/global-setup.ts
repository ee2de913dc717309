import { readFile } from "node:fs/promises";

import type { TestProject } from "vitest/node";

import { runningServerFile } from "../../scripts/lib/data-dir";
import { ensureProductionBuild } from "../../scripts/lib/ensure-build";
import { createTestDatabase, type TestDatabase } from "../../tests/support/test-database";
import { ensureChromium } from "./ensure-chromium";
import { removeDataDir, startSite } from "./server";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
    /** the site's database, for tests that arrange data through the data layer */
    siteDatabaseUrl: string;
    /** what a command-line tool needs to reach the site's database (see roles.ts) */
    siteDatabase: { dataDir: string; databaseUrl?: string };
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromiumPath = ensureChromium();
  await ensureProductionBuild((line) => process.stdout.write(`${line}\n`));
  // With DATABASE_URL the site runs on a fresh database of that server; otherwise on a fresh embedded one.
  let database: TestDatabase | undefined;
  const env: Record<string, string | undefined> = {};
  if (process.env.DATABASE_URL) {
    database = await createTestDatabase();
    env.DATABASE_URL = database.url;
    env.NEXTAUTH_SECRET = "browser-tests-secret-0123456789abcdef";
  }
  const site = await startSite({ env });
  project.provide("baseUrl", site.url);
  project.provide("chromiumPath", chromiumPath);
  project.provide("siteDatabaseUrl", database?.url ?? (JSON.parse(await readFile(runningServerFile(site.dataDir), "utf8")) as { databaseUrl: string }).databaseUrl);
  project.provide("siteDatabase", { dataDir: site.dataDir, ...(database ? { databaseUrl: database.url } : {}) });
  return async () => {
    await site.stop();
    await removeDataDir(site.dataDir);
    await database?.drop();
  };
}
