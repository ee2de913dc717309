import "server-only";

import type { LabResult } from "@/lib/labs/types";
import type { LabDefinition } from "@/lib/server/content/labs/lab-schema";
import type { LabSubmission } from "@/lib/validation/lab";

import { gradeLab } from "./lab-checks";
import { replayLab } from "./lab-replay";

/**
 * Grades a submission by replaying it: the lab's scenario with the submitted seed, the lab's setup,
 * then the learner's command lines at their virtual times; the checks read the resulting cluster.
 * Only `seed` and `transcript` are read: whatever else a caller passes along is ignored.
 */
export function gradeLabSubmission(lab: LabDefinition, submission: LabSubmission): LabResult {
  const replay = replayLab(lab, submission.seed, submission.transcript);
  if (!replay.ok) {
    const reason = `not evaluated: replay stopped at command ${replay.error.index + 1} (${replay.error.message})`;
    return { passed: false, checks: lab.checks.map((c) => ({ id: c.id, title: c.title, passed: false, reason })), replayError: replay.error };
  }
  return gradeLab(replay.session.cluster, lab.checks);
}
