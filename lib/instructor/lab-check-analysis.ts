/**
 * Where a group gets stuck in a lab. For each check: how many learners submitted the lab, how
 * many failed the check on their first submission, and how many still fail it on their latest.
 */

export type CheckOutcome = { id: string; passed: boolean };

export type LearnerLabRun = { labSlug: string; first: readonly CheckOutcome[]; latest: readonly CheckOutcome[] };

export type LabDefinitionSummary = { slug: string; title: string; checks: readonly { id: string; title: string }[] };

export type CheckStatistics = { id: string; title: string; failedFirst: number; stillFailing: number };

export type LabStatistics = { slug: string; title: string; learners: number; passedEventually: number; checks: CheckStatistics[] };

function failed(outcomes: readonly CheckOutcome[], id: string): boolean {
  // A check missing from a result (a replay that stopped early) did not pass.
  return !outcomes.some((o) => o.id === id && o.passed);
}

export function analyseLabs(labs: readonly LabDefinitionSummary[], runs: readonly LearnerLabRun[]): LabStatistics[] {
  return labs.map((lab) => {
    const mine = runs.filter((r) => r.labSlug === lab.slug);
    return {
      slug: lab.slug,
      title: lab.title,
      learners: mine.length,
      passedEventually: mine.filter((r) => lab.checks.every((c) => !failed(r.latest, c.id))).length,
      checks: lab.checks.map((c) => ({
        id: c.id,
        title: c.title,
        failedFirst: mine.filter((r) => failed(r.first, c.id)).length,
        stillFailing: mine.filter((r) => failed(r.latest, c.id)).length,
      })),
    };
  });
}
