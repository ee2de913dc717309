"use server";

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
  // No revalidation: it would re-render the review page under the session and drop the card just reviewed from its list.
  return runAction(async () => reviewCard(await getCurrentUser(), { ...parsed.data, now: new Date() }));
}
