import type { Metadata } from "next";
import Link from "next/link";

import { requirePageRole } from "@/lib/server/auth/page-access";
import { courseCatalog } from "@/lib/server/cohorts/cohort-summary";
import { listMyCohorts } from "@/lib/server/cohorts/manage-cohorts";

import { CreateCohortForm } from "./_components/create-cohort-form";

import "./instructor.css";

export const metadata: Metadata = { title: "Instructor" };

export default async function InstructorPage() {
  const instructor = await requirePageRole("instructor", "/instructor");
  const [cohorts, catalog] = await Promise.all([listMyCohorts(instructor), courseCatalog()]);
  return (
    <div className="instructor-page">
      <h1>Your cohorts</h1>
      {cohorts.length === 0 ? (
        <p>No cohort yet. Create one below and share its join code with your learners.</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Cohort</th>
              <th scope="col">Members</th>
              <th scope="col">Dates</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {cohorts.map((c) => (
              <tr key={c.id}>
                <th scope="row">
                  <Link href={`/instructor/cohorts/${c.id}`}>{c.name}</Link>
                </th>
                <td>{c.members}</td>
                <td>{c.startsOn || c.endsOn ? `${c.startsOn ?? "…"} to ${c.endsOn ?? "…"}` : "—"}</td>
                <td>{c.archived ? "Archived" : "Active"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <section aria-labelledby="create-heading">
        <h2 id="create-heading">Create a cohort</h2>
        <CreateCohortForm lessons={catalog.lessons} labs={catalog.labs} />
      </section>
    </div>
  );
}
