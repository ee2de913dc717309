import "server-only";

import type { LoadedItem } from "@/lib/server/content/quizzes/load-banks";
import { AnswerShapeError, resolveAnswer, type StoredAnswer } from "@/lib/server/grading/grade-item";
import { ApiError } from "@/lib/server/http/api-error";
import type { ItemAnswer } from "@/lib/validation/quiz";

/** The answer in the bank's ids, or a 400 that names the field when it does not fit the item. */
export function resolveOrReject(item: LoadedItem, answer: ItemAnswer, seed: number): StoredAnswer {
  try {
    return resolveAnswer(item, answer, seed);
  } catch (error) {
    if (error instanceof AnswerShapeError) throw new ApiError(400, "invalid_answer", `${error.field}: ${error.message}`, error.field);
    throw error;
  }
}
