import { expect, test } from "vitest";

import { fieldErrorsOf, roleSchema, signInSchema, signUpSchema } from "./auth";

test("sign-up normalizes the email to lower case without spaces", () => {
  const parsed = signUpSchema.parse({ email: "  Ada@Example.COM ", password: "correct horse battery" });
  expect(parsed.email).toBe("ada@example.com");
  expect(parsed.name).toBeUndefined();
});

test("sign-up rejects a malformed email and a short password with one message per field", () => {
  const result = signUpSchema.safeParse({ email: "not-an-email", password: "short" });
  expect(result.success).toBe(false);
  if (result.success) return;
  expect(fieldErrorsOf(result.error)).toEqual({
    email: "Enter a valid email address, like name@example.com.",
    password: "Use at least 10 characters.",
  });
});

test("a password of exactly ten characters is accepted", () => {
  expect(signUpSchema.safeParse({ email: "a@b.co", password: "0123456789" }).success).toBe(true);
});

test("sign-in requires a password", () => {
  const result = signInSchema.safeParse({ email: "a@b.co", password: "" });
  expect(result.success).toBe(false);
  if (result.success) return;
  expect(fieldErrorsOf(result.error)).toEqual({ password: "Enter your password." });
});

test("roles are the three the platform knows", () => {
  expect(roleSchema.safeParse("instructor").success).toBe(true);
  const bad = roleSchema.safeParse("owner");
  expect(bad.success).toBe(false);
  if (bad.success) return;
  expect(bad.error.issues[0]?.message).toBe("Role must be one of: learner, instructor, admin.");
});
