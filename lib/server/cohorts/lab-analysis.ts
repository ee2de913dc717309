import "server-only";

import { loadLabs } from "@/lib/server/content/labs/load-labs";
import { listCohortLabRuns } from "@/lib/server/data/cohorts/list-cohort-lab-runs";
import type { UserDto } from "@/lib/server/data/users/user.dto";
import type { LabAnalysis } from "@/lib/instructor/cohort.types";
import { analyseLabs, type CheckOutcome } from "@/lib/instructor/lab-check-analysis";

import { requireOwnCohort } from "./access";

// Stored lab results are `{ passed, checks: [{ id, title, passed, reason? }] }`.
function checksOf(results: unknown): CheckOutcome[] {
  const checks = (results as { checks?: unknown } | null)?.checks;
  if (!Array.isArray(checks)) return [];
  return checks.flatMap((c: { id?: unknown; passed?: unknown }) => (typeof c?.id === "string" ? [{ id: c.id, passed: c.passed === true }] : []));
}

/** For every lab (the required ones, else all): per check, members who failed it first time and who still fail it. */
export async function loadLabAnalysis(viewer: UserDto | null, cohortId: string): Promise<LabAnalysis> {
  const { cohort } = await requireOwnCohort(viewer, cohortId);
  const [labs, runs] = await Promise.all([loadLabs(), listCohortLabRuns({ cohortId: cohort.id })]);
  const tracked = cohort.requiredLabs.length > 0 ? labs.filter((l) => cohort.requiredLabs.includes(l.slug)) : labs;
  return {
    labs: analyseLabs(
      tracked.map((l) => ({ slug: l.slug, title: l.title, checks: l.checks.map((c) => ({ id: c.id, title: c.title })) })),
      runs.map((r) => ({ labSlug: r.labSlug, first: checksOf(r.first), latest: checksOf(r.latest) })),
    ),
  };
}
