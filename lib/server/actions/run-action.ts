import "server-only";

import type { z } from "zod";

import { ApiError } from "@/lib/server/http/api-error";
import { fieldErrorsOf } from "@/lib/validation/auth";

export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: string; fieldErrors?: Record<string, string> };

/** Runs an action's work, turning the service layer's ApiError into the message the form shows. */
export async function runAction<T>(work: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, error: error.message, ...(error.field ? { fieldErrors: { [error.field]: error.message } } : {}) };
    throw error;
  }
}

export function invalidInput(error: z.ZodError): ActionResult<never> {
  return { ok: false, error: "Check the highlighted fields.", fieldErrors: fieldErrorsOf(error) };
}
