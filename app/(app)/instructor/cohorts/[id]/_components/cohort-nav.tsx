import Link from "next/link";

/** Links between a cohort's pages and its CSV downloads. */
export function CohortNav({ cohortId, cohortName }: { cohortId: string; cohortName: string }) {
  const base = `/instructor/cohorts/${cohortId}`;
  return (
    <nav aria-label={`Cohort ${cohortName}`} className="lesson__eyebrow">
      <Link href="/instructor">Your cohorts</Link> · <Link href={base}>Dashboard</Link> · <Link href={`${base}/quizzes`}>Quiz items</Link> · <Link href={`${base}/labs`}>Lab checks</Link> ·{" "}
      <a href={`/api/cohorts/${cohortId}/export/roster`} download>
        Roster CSV
      </a>{" "}
      ·{" "}
      <a href={`/api/cohorts/${cohortId}/export/responses`} download>
        Responses CSV
      </a>
    </nav>
  );
}
