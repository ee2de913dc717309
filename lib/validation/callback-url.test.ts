import { expect, test } from "vitest";

import { safeCallbackPath } from "./callback-url";

test("a local path is kept", () => {
  expect(safeCallbackPath("/learn/pods?x=1#try-it")).toBe("/learn/pods?x=1#try-it");
});

test("another site or a protocol-relative URL falls back to the account page", () => {
  expect(safeCallbackPath("https://evil.example/steal")).toBe("/account");
  expect(safeCallbackPath("//evil.example/steal")).toBe("/account");
  expect(safeCallbackPath(undefined)).toBe("/account");
});
