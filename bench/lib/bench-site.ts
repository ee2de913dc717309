// The production site for the HTTP benchmarks: a fresh database on the Postgres server (DATABASE_URL,
// default the local one), migrated, with signed-in learners, and the built server started on it. The
// database is dropped and the server stopped at the end. Needs a production build (npm run build).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";

import pg from "pg";

import { findFreePort } from "../../scripts/lib/embedded-postgres";
import { migrateDeploy } from "../../scripts/lib/prisma-cli";
import { productionServerArgs } from "../../scripts/lib/production-server";

const PASSWORD = "bench password 0123";

const serverUrl = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export type BenchSite = {
  base: string;
  /** one session cookie header per learner, in the order they were created */
  cookies: string[];
};

async function withAdmin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

function cookieHeader(response: Response, jar: Map<string, string>): void {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const eq = pair!.indexOf("=");
    jar.set(pair!.slice(0, eq), pair!.slice(eq + 1));
  }
}

const jarText = (jar: Map<string, string>) => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");

async function signIn(base: string, email: string): Promise<string> {
  const jar = new Map<string, string>();
  const csrf = await fetch(`${base}/api/auth/csrf`);
  cookieHeader(csrf, jar);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const answer = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jarText(jar) },
    body: new URLSearchParams({ csrfToken, email, password: PASSWORD, json: "true" }),
  });
  cookieHeader(answer, jar);
  if (![...jar.keys()].some((k) => k.endsWith("session-token"))) throw new Error(`sign-in failed for ${email}: ${answer.status}`);
  return jarText(jar);
}

export async function withBenchSite(learners: number, run: (site: BenchSite) => Promise<void>): Promise<void> {
  const database = `academy_bench_${randomBytes(4).toString("hex")}`;
  await withAdmin((c) => c.query(`CREATE DATABASE ${database}`));
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  const databaseUrl = url.toString();
  const port = await findFreePort();
  const server = spawn(process.execPath, productionServerArgs(), {
    env: { ...process.env, PORT: String(port), DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: "bench-secret-0123456789abcdef", NEXTAUTH_URL: `http://localhost:${port}` },
    stdio: "ignore",
  });
  try {
    await migrateDeploy(databaseUrl);
    process.env.DATABASE_URL = databaseUrl;
    const { createUser } = await import("../../lib/server/data/users/create-user");
    const { hashPassword } = await import("../../lib/server/auth/password");
    const passwordHash = await hashPassword(PASSWORD);
    const emails = Array.from({ length: learners }, (_, i) => `bench-${i}@example.com`);
    for (const email of emails) await createUser({ email, passwordHash, firstAccountBecomesAdmin: false });

    const base = `http://localhost:${port}`;
    for (let i = 0; i < 300 && !(await fetch(`${base}/api/health`).then((r) => r.ok, () => false)); i++) await new Promise((r) => setTimeout(r, 100));
    const cookies: string[] = [];
    for (const email of emails) cookies.push(await signIn(base, email));
    await run({ base, cookies });
  } finally {
    server.kill("SIGTERM");
    await new Promise((r) => server.once("exit", r));
    await withAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
  }
}
