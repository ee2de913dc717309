import { expect, test } from "vitest";

import { hashPassword, verifyPassword } from "./password";

test("passwords are stored as argon2id hashes that verify only the right password", async () => {
  const stored = await hashPassword("correct horse battery");
  expect(stored.startsWith("$argon2id$v=19$m=19456,t=2,p=1$")).toBe(true);
  expect(await verifyPassword(stored, "correct horse battery")).toBe(true);
  expect(await verifyPassword(stored, "correct horse batterY")).toBe(false);
});

test("an account without a password never verifies", async () => {
  expect(await verifyPassword(null, "anything at all")).toBe(false);
});
