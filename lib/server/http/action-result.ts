import "server-only";

import type { z } from "zod";

import { ApiError } from "./api-error";

export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: string };

/** Runs a server action's work, turning an ApiError into `{ ok: false }` with its message. */
export async function runAction<T>(work: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, error: error.message };
    throw error;
  }
}

export function invalidInput(error: z.ZodError): ActionResult<never> {
  return { ok: false, error: error.issues[0]?.message ?? "invalid input" };
}
