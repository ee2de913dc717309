import { randomBytes } from "node:crypto";

import { createUser } from "@/lib/server/data/users/create-user";
import { setUserRole } from "@/lib/server/data/users/set-user-role";
import type { UserDto } from "@/lib/server/data/users/user.dto";
import type { RoleName } from "@/lib/validation/auth";

/** A new account with that role (and name, for tests that check what is shown). */
export async function newUser(role: RoleName = "learner", name?: string): Promise<UserDto> {
  const user = await createUser({ email: `${role}-${randomBytes(5).toString("hex")}@example.com`, name, firstAccountBecomesAdmin: false });
  return role === "learner" ? user : (await setUserRole({ email: user.email, role }))!;
}

export const base = "http://localhost";

export function params<T extends Record<string, string>>(p: T) {
  return { params: Promise.resolve(p) };
}

export function jsonRequest(pathname: string, method: string, body?: unknown): Request {
  return new Request(`${base}${pathname}`, { method, body: body === undefined ? undefined : JSON.stringify(body), headers: { "content-type": "application/json" } });
}
