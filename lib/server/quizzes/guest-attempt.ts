import "server-only";

import { z } from "zod";

import { attemptModeSchema } from "@/lib/validation/quiz";

/**
 * A guest's attempt is not stored: its id carries the quiz, mode and seed, so the server can
 * show the same option order and grade answers without keeping anything. Forging one gains
 * nothing, since a guest's grades are never recorded.
 */
const PREFIX = "guest_";

const payloadSchema = z.strictObject({ q: z.string().max(80), m: attemptModeSchema, s: z.number().int().nonnegative(), t: z.number().int() });

export type GuestAttempt = { quizSlug: string; mode: "practice" | "exam"; seed: number; startedAt: Date };

export function encodeGuestAttempt(attempt: GuestAttempt): string {
  const payload = { q: attempt.quizSlug, m: attempt.mode, s: attempt.seed, t: attempt.startedAt.getTime() };
  return PREFIX + Buffer.from(JSON.stringify(payload)).toString("base64url");
}

/** The guest attempt an id stands for, or null when it is not one. */
export function decodeGuestAttempt(id: string): GuestAttempt | null {
  if (!id.startsWith(PREFIX) || id.length > 400) return null;
  try {
    const parsed = payloadSchema.safeParse(JSON.parse(Buffer.from(id.slice(PREFIX.length), "base64url").toString("utf8")));
    if (!parsed.success) return null;
    return { quizSlug: parsed.data.q, mode: parsed.data.m, seed: parsed.data.s, startedAt: new Date(parsed.data.t) };
  } catch {
    return null;
  }
}
