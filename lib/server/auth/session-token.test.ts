import { decode, encode } from "next-auth/jwt";
import { expect, test } from "vitest";

import { decodeSessionToken, encodeSessionToken } from "./session-token";

const secret = "a test secret of enough length 0123456789";

test("tokens are next-auth's own format, so sessions issued either way stay valid", async () => {
  const ours = await encodeSessionToken({ token: { sub: "user-1", email: "a@example.com" }, secret });
  expect(await decode({ token: ours, secret })).toMatchObject({ sub: "user-1", email: "a@example.com" });
  const theirs = await encode({ token: { sub: "user-2" }, secret });
  expect(await decodeSessionToken({ token: theirs, secret })).toMatchObject({ sub: "user-2" });
});

test("a token under another secret or salt, altered, or expired is refused", async () => {
  const token = await encodeSessionToken({ token: { sub: "user-1" }, secret });
  await expect(decodeSessionToken({ token, secret: `${secret}!` })).rejects.toThrow();
  await expect(decodeSessionToken({ token, secret, salt: "other" })).rejects.toThrow();
  const parts = token.split(".");
  parts[3] = `${parts[3]!.startsWith("A") ? "B" : "A"}${parts[3]!.slice(1)}`;
  await expect(decodeSessionToken({ token: parts.join("."), secret })).rejects.toThrow();
  const expired = await encodeSessionToken({ token: { sub: "user-1" }, secret, maxAge: -60 });
  await expect(decodeSessionToken({ token: expired, secret })).rejects.toThrow(/exp/);
  expect(await decodeSessionToken({ token: undefined, secret })).toBeNull();
});
