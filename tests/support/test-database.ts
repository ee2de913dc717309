import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import pg from "pg";

import { startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres";
import { migrateDeploy } from "../../scripts/lib/prisma-cli";

export type TestDatabase = { url: string; kind: "server" | "embedded"; drop(): Promise<void> };

/**
 * A migrated database of the test run's own: a new database on the server named
 * by DATABASE_URL (dropped afterwards), or a fresh embedded Postgres otherwise.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const name = `academy_test_${process.pid}_${randomBytes(4).toString("hex")}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    await migrateDeploy(url.toString());
    return {
      url: url.toString(),
      kind: "server",
      async drop() {
        const client = new pg.Client({ connectionString: serverUrl });
        await client.connect();
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await client.end();
      },
    };
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), "academy-test-db-"));
  const embedded = await startEmbeddedPostgres({ dataDir: dir });
  await migrateDeploy(embedded.url);
  return {
    url: embedded.url,
    kind: "embedded",
    async drop() {
      await embedded.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
