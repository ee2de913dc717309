import "server-only";

import { randomUUID } from "node:crypto";

import { hkdf } from "@panva/hkdf";
import { EncryptJWT, jwtDecrypt } from "jose";
import type { JWT, JWTDecodeParams, JWTEncodeParams } from "next-auth/jwt";

// The session cookie in next-auth's own format (a JWE, "dir" + A256GCM, with a key derived from the secret by
// HKDF), so tokens issued before stay valid. next-auth derives the key again for every token it reads or
// writes, and every signed-in request does both; the key depends only on the secret and salt, so it is kept.
const keys = new Map<string, Promise<Uint8Array>>();

function encryptionKey(secret: JWTEncodeParams["secret"], salt: string): Promise<Uint8Array> {
  const id = `${salt}\u0000${typeof secret === "string" ? secret : Buffer.from(secret).toString("base64")}`;
  let key = keys.get(id);
  if (!key) {
    key = hkdf("sha256", secret, salt, `NextAuth.js Generated Encryption Key${salt ? ` (${salt})` : ""}`, 32);
    keys.set(id, key);
  }
  return key;
}

const DEFAULT_MAX_AGE_S = 30 * 24 * 60 * 60;

export async function encodeSessionToken({ token = {}, secret, maxAge = DEFAULT_MAX_AGE_S, salt = "" }: JWTEncodeParams): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new EncryptJWT(token)
    .setProtectedHeader({ alg: "dir", enc: "A256GCM" })
    .setIssuedAt(now)
    .setExpirationTime(now + maxAge)
    .setJti(randomUUID())
    .encrypt(await encryptionKey(secret, salt));
}

export async function decodeSessionToken({ token, secret, salt = "" }: JWTDecodeParams): Promise<JWT | null> {
  if (!token) return null;
  const { payload } = await jwtDecrypt(token, await encryptionKey(secret, salt), { clockTolerance: 15 });
  return payload as JWT;
}
