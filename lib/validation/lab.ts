import { z } from "zod";

/** The route answers 413 above these, before parsing. */
export const MAX_LAB_TRANSCRIPT_ENTRIES = 2_000;
export const MAX_LAB_BODY_BYTES = 256 * 1024;
export const MAX_LAB_LINE_CHARS = 10_000;
/**
 * Replay cost grows with virtual time (every timer of the cluster fires), so a session longer than
 * this is not graded. Labs need minutes; six hours leaves room for a learner who leaves the tab open.
 */
export const MAX_LAB_SESSION_MS = 6 * 60 * 60 * 1000;

const entrySchema = z.strictObject({
  at: z.number().min(0).max(MAX_LAB_SESSION_MS, "the session ran for more than 6 hours of simulated time"),
  line: z.string().max(MAX_LAB_LINE_CHARS, `a command line of at most ${MAX_LAB_LINE_CHARS.toLocaleString("en")} characters`),
});

/**
 * A lab submission as the browser posts it: the seed its cluster was created with and the learner's
 * command lines with the virtual time each ran at (the lab's setup lines are not part of it). Nothing
 * else: the grade comes from replaying this on the server.
 */
export const labSubmissionSchema = z.strictObject({
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 32 - 1),
  transcript: z
    .array(entrySchema)
    .max(MAX_LAB_TRANSCRIPT_ENTRIES, `at most ${MAX_LAB_TRANSCRIPT_ENTRIES.toLocaleString("en")} commands`)
    .superRefine((entries, ctx) => {
      for (let i = 1; i < entries.length; i++) {
        if (entries[i]!.at < entries[i - 1]!.at) {
          ctx.addIssue({ code: "custom", path: [i, "at"], message: `times must not go backwards (${entries[i]!.at} after ${entries[i - 1]!.at})` });
        }
      }
    }),
});

export type LabSubmission = z.infer<typeof labSubmissionSchema>;
