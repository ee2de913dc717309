import "server-only";

import type { LabResult } from "@/lib/labs/types";
import { gradeLabSubmission } from "@/lib/server/grading/grade-lab";
import { transcriptFromScript } from "@/lib/server/grading/lab-script";

import type { LabDefinition } from "./lab-schema";

/** Proofs are replayed with this seed; a proof that reads seed-dependent names (chain names) holds for it. */
export const PROOF_SEED = 1;

function grade(lab: LabDefinition, script: string): LabResult {
  return gradeLabSubmission(lab, { seed: PROOF_SEED, transcript: transcriptFromScript(lab, PROOF_SEED, script) });
}

function failures(result: LabResult): string {
  if (result.replayError) return `replay stopped at command ${result.replayError.index + 1}: ${result.replayError.message}`;
  return result.checks
    .filter((c) => !c.passed)
    .map((c) => `${c.id}: ${c.reason}`)
    .join("; ");
}

/** The lab's proof and solution must pass every check; its near-miss must fail exactly the checks it names. */
export function checkLabTranscripts(lab: LabDefinition, files: { proof?: string; nearMiss?: string }): string[] {
  const problems: string[] = [];
  const where = `${lab.slug}`;
  if (files.proof === undefined) problems.push(`${where}/proof.txt: missing`);
  else {
    const proof = grade(lab, files.proof);
    if (!proof.passed) problems.push(`${where}/proof.txt: should pass every check, but ${failures(proof)}`);
  }
  const solution = grade(lab, lab.solution.join("\n"));
  if (!solution.passed) problems.push(`${where}/lab.yaml: solution should pass every check, but ${failures(solution)}`);
  if (files.nearMiss === undefined) problems.push(`${where}/near-miss.txt: missing`);
  else {
    const nearMiss = grade(lab, files.nearMiss);
    const failed = nearMiss.checks.filter((c) => !c.passed).map((c) => c.id);
    const expected = [...lab.nearMiss.fails].sort();
    if (nearMiss.replayError) problems.push(`${where}/near-miss.txt: ${failures(nearMiss)}`);
    else if (failed.sort().join(",") !== expected.join(",")) {
      problems.push(`${where}/near-miss.txt: should fail exactly ${expected.join(", ")} (nearMiss.fails), but fails ${failed.length > 0 ? failed.join(", ") : "nothing"}`);
    }
  }
  return problems;
}
