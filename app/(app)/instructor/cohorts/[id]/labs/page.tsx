import type { Metadata } from "next";

import { loadOrRefuse, requirePageRole } from "@/lib/server/auth/page-access";
import { requireOwnCohort } from "@/lib/server/cohorts/access";
import { loadLabAnalysis } from "@/lib/server/cohorts/lab-analysis";

import { CohortNav } from "../_components/cohort-nav";

import "../../../instructor.css";

export const metadata: Metadata = { title: "Lab checks" };

type Props = { params: Promise<{ id: string }> };

export default async function LabChecksPage({ params }: Props) {
  const { id } = await params;
  const instructor = await requirePageRole("instructor", `/instructor/cohorts/${id}/labs`);
  const { cohort } = await loadOrRefuse(() => requireOwnCohort(instructor, id));
  const { labs } = await loadOrRefuse(() => loadLabAnalysis(instructor, cohort.id));
  return (
    <div className="instructor-page">
      <CohortNav cohortId={cohort.id} cohortName={cohort.name} />
      <h1>Lab checks</h1>
      <p className="field__hint">For each check: how many members failed it on their first submission of the lab, and how many still fail it on their latest.</p>
      {labs.map((lab) => (
        <section key={lab.slug} aria-labelledby={`lab-${lab.slug}`}>
          <h2 id={`lab-${lab.slug}`}>{lab.title}</h2>
          <p>
            {lab.learners} {lab.learners === 1 ? "member" : "members"} submitted it; {lab.passedEventually} passed every check in the end.
          </p>
          {lab.learners > 0 ? (
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">Check</th>
                  <th scope="col">Failed first time</th>
                  <th scope="col">Still failing</th>
                </tr>
              </thead>
              <tbody>
                {lab.checks.map((c) => (
                  <tr key={c.id}>
                    <th scope="row">{c.title}</th>
                    <td>
                      {c.failedFirst} of {lab.learners}
                    </td>
                    <td>
                      {c.stillFailing} of {lab.learners}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </section>
      ))}
    </div>
  );
}
