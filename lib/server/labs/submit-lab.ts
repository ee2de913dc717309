import "server-only";

import type { LabResult } from "@/lib/labs/types";
import { findLab } from "@/lib/server/content/labs/load-labs";
import { recordLabSubmission } from "@/lib/server/data/lab-submissions/record-lab-submission";
import type { UserDto } from "@/lib/server/data/users/user.dto";
import { gradeLabSubmission } from "@/lib/server/grading/grade-lab";
import { ApiError, invalidBody, notFound } from "@/lib/server/http/api-error";
import { labSubmissionSchema, MAX_LAB_TRANSCRIPT_ENTRIES } from "@/lib/validation/lab";

import { takeReplaySlot } from "./replay-limit";

export type LabSubmissionOutcome = {
  result: LabResult;
  /** whether the result was saved to the learner's progress (guests: never) */
  stored: boolean;
  /** the model solution, which a learner may reveal once they have made an attempt */
  solution: string[];
};

/**
 * Grades a lab by replaying the submitted transcript in the simulator; whatever the browser
 * claims is ignored. A signed-in learner's result is stored; a guest's is only returned.
 */
export async function submitLab(viewer: UserDto | null, slug: string, body: unknown, clientKey: string): Promise<LabSubmissionOutcome> {
  const lab = await findLab(slug);
  if (!lab) throw notFound(`lab "${slug}"`);
  const transcript = (body as { transcript?: unknown } | null)?.transcript;
  if (Array.isArray(transcript) && transcript.length > MAX_LAB_TRANSCRIPT_ENTRIES) {
    throw new ApiError(413, "payload_too_large", `the transcript has ${transcript.length} commands; the limit is ${MAX_LAB_TRANSCRIPT_ENTRIES}`);
  }
  const parsed = labSubmissionSchema.safeParse(body);
  if (!parsed.success) throw invalidBody(parsed.error);
  const slot = takeReplaySlot(viewer ? `user:${viewer.id}` : `ip:${clientKey}`);
  if (!slot.allowed) throw new ApiError(429, "too_many_submissions", `too many lab submissions; try again in ${slot.retryAfterSeconds} s`);
  const result = gradeLabSubmission(lab, parsed.data);
  if (viewer) {
    await recordLabSubmission({ userId: viewer.id, labSlug: lab.slug, seed: parsed.data.seed, transcript: parsed.data.transcript, passed: result.passed, results: result });
  }
  return { result, stored: viewer !== null, solution: [...lab.solution] };
}
