import { z } from "zod";

const id = z.string().min(1).max(40);

/** One answer as the browser sends it, in the attempt's public ids. Which shape fits depends on the item's type. */
export const itemAnswerSchema = z.union([
  z.strictObject({ choice: id }),
  z.strictObject({ choices: z.array(id).max(10) }),
  z.strictObject({ order: z.array(id).min(1).max(10) }),
  z.strictObject({ matches: z.record(id, id) }),
  z.strictObject({ command: z.string().trim().min(1, "type a command").max(1000, "a command of at most 1,000 characters") }),
], { error: 'an answer is one of { "choice": id }, { "choices": [ids] }, { "order": [ids] }, { "matches": { leftId: rightId } } or { "command": "..." }' });

export type ItemAnswer = z.infer<typeof itemAnswerSchema>;

export const attemptModeSchema = z.enum(["practice", "exam"]);

export const startAttemptSchema = z.strictObject({ mode: attemptModeSchema.default("practice") });

/** A guest's answers travel with the submission, since nothing of a guest's attempt is stored. */
export const submitAttemptSchema = z.strictObject({ responses: z.record(z.string().max(80), itemAnswerSchema).optional() });
