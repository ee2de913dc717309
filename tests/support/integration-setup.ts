import type { TestProject } from "vitest/node";

import { createTestDatabase } from "./test-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    databaseKind: "server" | "embedded";
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const db = await createTestDatabase();
  process.stdout.write(`Integration tests use ${db.kind === "server" ? "a fresh database on DATABASE_URL's server" : "a fresh embedded Postgres"}.\n`);
  project.provide("databaseUrl", db.url);
  project.provide("databaseKind", db.kind);
  return () => db.drop();
}
