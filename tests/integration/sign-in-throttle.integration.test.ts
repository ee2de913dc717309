import "../support/use-test-database";

import { randomBytes } from "node:crypto";

import { expect, test } from "vitest";

import { checkSignInAllowed } from "@/lib/server/auth/sign-in-gate";
import { recordSignInAttempt } from "@/lib/server/data/sign-in-attempts/record-sign-in-attempt";

function unique(label: string): string {
  return `${label}-${randomBytes(4).toString("hex")}`;
}

test("the fifth failure for one email blocks that email for 15 minutes, not others", async () => {
  const email = `${unique("victim")}@example.com`;
  const ip = unique("ip");
  for (let i = 0; i < 4; i++) await recordSignInAttempt({ email, ip, succeeded: false });
  expect(await checkSignInAllowed({ email, ip })).toEqual({ allowed: true });
  await recordSignInAttempt({ email, ip, succeeded: false });
  const blocked = await checkSignInAllowed({ email, ip: unique("other-ip") });
  expect(blocked.allowed).toBe(false);
  if (!blocked.allowed) expect(blocked.retryAfterSeconds).toBeGreaterThan(890);
  expect(await checkSignInAllowed({ email: `${unique("bystander")}@example.com`, ip: unique("ip") })).toEqual({ allowed: true });
});

test("successful sign-ins do not count towards the limit", async () => {
  const email = `${unique("ok")}@example.com`;
  const ip = unique("ip");
  for (let i = 0; i < 6; i++) await recordSignInAttempt({ email, ip, succeeded: true });
  expect(await checkSignInAllowed({ email, ip })).toEqual({ allowed: true });
});

test("twenty failures from one address block it for any email", async () => {
  const ip = unique("spray");
  for (let i = 0; i < 20; i++) await recordSignInAttempt({ email: `${unique("u")}@example.com`, ip, succeeded: false });
  const decision = await checkSignInAllowed({ email: `${unique("fresh")}@example.com`, ip });
  expect(decision.allowed).toBe(false);
});
