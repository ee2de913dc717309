import { z } from "zod";

import { itemAnswerSchema } from "./quiz";

/** One review of a due card: the version the page showed (its options' order) and the answer in its public ids. */
export const cardReviewSchema = z.strictObject({ version: z.number().int().min(0), answer: itemAnswerSchema });
