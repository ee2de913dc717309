import "../support/use-test-database";

import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { promisify } from "node:util";

import { expect, inject, test } from "vitest";

import { signUp } from "@/lib/server/accounts/sign-up";
import { findUserForSignIn } from "@/lib/server/data/users/find-user-for-sign-in";
import { checkHealth } from "@/lib/server/health";

const run = promisify(execFile);

test("health reports the database reachable", async () => {
  expect(await checkHealth()).toEqual({ status: "ok", database: "reachable" });
});

test("npm run user:role changes a role from the command line", async () => {
  const email = `cli-${randomBytes(4).toString("hex")}@example.com`;
  await signUp({ email, password: "correct horse battery" });
  const { stdout } = await run("npm", ["run", "--silent", "user:role", "--", email, "admin"], {
    env: { ...process.env, DATABASE_URL: inject("databaseUrl") },
  });
  expect(stdout).toBe(`${email} is now admin.\n`);
  expect((await findUserForSignIn({ email }))?.user.role).toBe("admin");
});

test("npm run user:role rejects an unknown role with usage help", async () => {
  const failure = await run("npm", ["run", "--silent", "user:role", "--", "a@example.com", "owner"], {
    env: { ...process.env, DATABASE_URL: inject("databaseUrl") },
  }).catch((e: { code: number; stderr: string }) => e);
  expect("code" in failure && failure.code).toBe(2);
  expect("stderr" in failure && failure.stderr).toBe(
    "error: Role must be one of: learner, instructor, admin.\nUsage: npm run user:role -- <email> <learner|instructor|admin>\n",
  );
});
