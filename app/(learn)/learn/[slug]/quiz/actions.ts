"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";

import { getCurrentUser } from "@/lib/server/auth/current-user";
import { ApiError } from "@/lib/server/http/api-error";
import { answerItem, startAttempt, submitAttempt, type AnswerOutcome } from "@/lib/server/quizzes/attempts";
import { getPublicQuiz } from "@/lib/server/quizzes/public-quiz";
import type { AttemptResult, PublicQuiz } from "@/lib/quiz/types";
import { attemptModeSchema, itemAnswerSchema, submitAttemptSchema } from "@/lib/validation/quiz";

export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: string };

async function run<T>(work: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, error: error.message };
    throw error;
  }
}

function invalid(error: z.ZodError): ActionResult<never> {
  return { ok: false, error: error.issues[0]?.message ?? "invalid input" };
}

const startInput = z.strictObject({ slug: z.string().max(80), mode: attemptModeSchema });

export async function startAttemptAction(input: unknown): Promise<ActionResult<{ attemptId: string; mode: "practice" | "exam"; quiz: PublicQuiz }>> {
  const parsed = startInput.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  return run(async () => {
    const started = await startAttempt(await getCurrentUser(), parsed.data.slug, parsed.data.mode);
    return { attemptId: started.attemptId, mode: started.mode, quiz: await getPublicQuiz(parsed.data.slug, started.seed) };
  });
}

const answerInput = z.strictObject({ attemptId: z.string().max(400), itemId: z.string().max(80), answer: itemAnswerSchema });

export async function answerItemAction(input: unknown): Promise<ActionResult<AnswerOutcome>> {
  const parsed = answerInput.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  return run(async () => answerItem(await getCurrentUser(), parsed.data.attemptId, parsed.data.itemId, parsed.data.answer));
}

const submitInput = submitAttemptSchema.extend({ attemptId: z.string().max(400) });

export async function submitAttemptAction(input: unknown): Promise<ActionResult<AttemptResult>> {
  const parsed = submitInput.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await run(async () => submitAttempt(await getCurrentUser(), parsed.data.attemptId, parsed.data.responses));
  if (result.ok) revalidatePath("/progress");
  return result;
}
