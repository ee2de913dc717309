import { expect, test } from "vitest";

import { describeSignInError, rateLimitedErrorCode } from "./sign-in-errors";

test("a wrong password gets the generic message that does not reveal which part was wrong", () => {
  expect(describeSignInError("CredentialsSignin")).toBe("Invalid email or password.");
});

test("the throttle's retry time is shown in minutes, rounded up", () => {
  expect(describeSignInError(rateLimitedErrorCode(61))).toBe("Too many failed sign-in attempts. Try again in 2 minutes.");
  expect(describeSignInError(rateLimitedErrorCode(45))).toBe("Too many failed sign-in attempts. Try again in 45 seconds.");
});
