import { z } from "zod";

import { itemAnswerSchema } from "./quiz";

const id = z.string().min(1).max(80);

export const assessmentLengthSchema = z.enum(["full", "short"]);

export const startAssessmentSchema = z.strictObject({ length: assessmentLengthSchema.default("full") });

export const openAnswerTextSchema = z.string().trim().min(1, "write an answer").max(5000, "an answer of at most 5,000 characters");

export const openAnswerSchema = z.strictObject({ text: openAnswerTextSchema });

/** Answers not saved yet travel with the submission; after the deadline they are kept but marked late. */
export const submitAssessmentSchema = z.strictObject({
  answers: z.record(id, itemAnswerSchema).optional(),
  openAnswers: z.record(id, openAnswerTextSchema).optional(),
});

export const selfRatingSchema = z.enum(["covered", "partly", "missed"]);

export const selfRatingsSchema = z.strictObject({ ratings: z.record(id, selfRatingSchema) });
