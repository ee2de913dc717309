import { expect, test } from "vitest";

import { decodeShareToken, encodeShareToken } from "./saved-session";

const session = {
  version: 1 as const,
  scenario: "default" as const,
  seed: 42,
  transcript: [{ at: 1500, line: "kubectl run web --image=nginx # ünïcode" }],
  elapsed: 9000,
};

test("a share token round-trips the session, unicode included", () => {
  expect(decodeShareToken(encodeShareToken(session))).toEqual(session);
});

test("a damaged or forged token is refused instead of half-loaded", () => {
  expect(decodeShareToken("not-base64!")).toBeNull();
  expect(decodeShareToken(encodeShareToken({ ...session, scenario: "prod" as "default" }))).toBeNull();
});
