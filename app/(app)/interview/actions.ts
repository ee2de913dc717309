"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";

import { getCurrentUser } from "@/lib/server/auth/current-user";
import { invalidInput, runAction, type ActionResult } from "@/lib/server/http/action-result";
import { answerAssessmentItem, answerAssessmentPrompt, rateOpenAnswer, startAssessment, submitAssessment, type SaveOutcome } from "@/lib/server/interview/assessments";
import type { AssessmentReport } from "@/lib/interview/types";
import { openAnswerTextSchema, selfRatingsSchema, startAssessmentSchema, submitAssessmentSchema } from "@/lib/validation/interview";
import { itemAnswerSchema } from "@/lib/validation/quiz";

const assessmentId = z.string().min(1).max(40);
const key = z.string().min(1).max(80);

export async function startAssessmentAction(input: unknown): Promise<ActionResult<{ assessmentId: string }>> {
  const parsed = startAssessmentSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  return runAction(async () => ({ assessmentId: (await startAssessment(await getCurrentUser(), parsed.data.length)).assessmentId }));
}

const answerItemInput = z.strictObject({ assessmentId, itemId: key, answer: itemAnswerSchema });

export async function answerAssessmentItemAction(input: unknown): Promise<ActionResult<SaveOutcome>> {
  const parsed = answerItemInput.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  return runAction(async () => answerAssessmentItem(await getCurrentUser(), parsed.data));
}

const answerPromptInput = z.strictObject({ assessmentId, promptId: key, text: openAnswerTextSchema });

export async function answerAssessmentPromptAction(input: unknown): Promise<ActionResult<SaveOutcome>> {
  const parsed = answerPromptInput.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  return runAction(async () => answerAssessmentPrompt(await getCurrentUser(), parsed.data));
}

const submitInput = submitAssessmentSchema.extend({ assessmentId });

export async function submitAssessmentAction(input: unknown): Promise<ActionResult<{ assessmentId: string }>> {
  const parsed = submitInput.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await runAction(async () => ({ assessmentId: (await submitAssessment(await getCurrentUser(), parsed.data)).assessmentId }));
  if (result.ok) {
    revalidatePath("/progress");
    revalidatePath(`/interview/${result.data.assessmentId}`);
  }
  return result;
}

const rateInput = selfRatingsSchema.extend({ assessmentId, promptId: key });

export async function rateOpenAnswerAction(input: unknown): Promise<ActionResult<AssessmentReport>> {
  const parsed = rateInput.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  return runAction(async () => rateOpenAnswer(await getCurrentUser(), parsed.data));
}
