"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";

import { getCurrentUser } from "@/lib/server/auth/current-user";
import { invalidInput, runAction, type ActionResult } from "@/lib/server/http/action-result";
import { reviewCard } from "@/lib/server/review/review-session";
import type { CardReviewResult } from "@/lib/review/types";
import { cardReviewSchema } from "@/lib/validation/review";

const reviewInput = cardReviewSchema.extend({ cardId: z.string().min(1).max(40) });

export async function reviewCardAction(input: unknown): Promise<ActionResult<CardReviewResult>> {
  const parsed = reviewInput.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await runAction(async () => reviewCard(await getCurrentUser(), { ...parsed.data, now: new Date() }));
  if (result.ok) revalidatePath("/progress");
  return result;
}
