import "../support/use-test-database";

import { randomBytes } from "node:crypto";

import pg from "pg";
import { expect, inject, test } from "vitest";

import { signUp } from "@/lib/server/accounts/sign-up";
import { createUser } from "@/lib/server/data/users/create-user";
import { findUserForSignIn } from "@/lib/server/data/users/find-user-for-sign-in";
import { linkOAuthUser } from "@/lib/server/data/users/link-oauth-user";
import { setUserRole } from "@/lib/server/data/users/set-user-role";

function uniqueEmail(label: string): string {
  return `${label}-${randomBytes(4).toString("hex")}@example.com`;
}

async function countUsers(): Promise<number> {
  const client = new pg.Client({ connectionString: inject("databaseUrl") });
  await client.connect();
  const { rows } = await client.query<{ n: string }>('SELECT count(*)::text AS n FROM "User"');
  await client.end();
  return Number(rows[0]?.n);
}

test("sign-up creates a learner whose password is stored as an argon2id hash", async () => {
  const email = uniqueEmail("ada");
  const result = await signUp({ name: "Ada", email: email.toUpperCase(), password: "correct horse battery" });
  expect(result).toEqual({ ok: true, data: { email, role: "learner" } });
  const stored = await findUserForSignIn({ email });
  expect(stored?.user.name).toBe("Ada");
  expect(stored?.passwordHash?.startsWith("$argon2id$")).toBe(true);
});

test("sign-up with an email already used answers on the email field and creates nothing", async () => {
  const email = uniqueEmail("dup");
  await signUp({ email, password: "correct horse battery" });
  const before = await countUsers();
  const again = await signUp({ email, password: "another long password" });
  expect(again).toEqual({
    ok: false,
    error: "Please correct the highlighted fields.",
    fieldErrors: { email: "An account with this email already exists." },
  });
  expect(await countUsers()).toBe(before);
});

test("sign-up with a malformed email and a short password writes nothing", async () => {
  const before = await countUsers();
  const result = await signUp({ email: "nope", password: "short" });
  expect(result.ok).toBe(false);
  expect(await countUsers()).toBe(before);
});

test("a role changed by email takes effect, and an unknown email changes nothing", async () => {
  const email = uniqueEmail("teacher");
  await signUp({ email, password: "correct horse battery" });
  expect((await setUserRole({ email, role: "instructor" }))?.role).toBe("instructor");
  expect((await findUserForSignIn({ email }))?.user.role).toBe("instructor");
  expect(await setUserRole({ email: uniqueEmail("ghost"), role: "admin" })).toBeNull();
});

test("an external identity is linked to the account with the same email, once", async () => {
  const email = uniqueEmail("octo");
  await signUp({ email, password: "correct horse battery" });
  const first = await linkOAuthUser({ provider: "github", providerAccountId: email, email, name: "Octo" });
  const second = await linkOAuthUser({ provider: "github", providerAccountId: email, email, name: "Octo" });
  expect(second.id).toBe(first.id);
  expect((await findUserForSignIn({ email }))?.user.id).toBe(first.id);
});

test("when accounts are created at the same time on an empty database, exactly one becomes admin", async () => {
  const client = new pg.Client({ connectionString: inject("databaseUrl") });
  await client.connect();
  await client.query('DELETE FROM "User"');
  await client.end();
  const users = await Promise.all(
    Array.from({ length: 5 }, (_, i) => createUser({ email: uniqueEmail(`race${i}`), firstAccountBecomesAdmin: true })),
  );
  expect(users.filter((u) => u.role === "admin")).toHaveLength(1);
  expect(users.filter((u) => u.role === "learner")).toHaveLength(4);
});
