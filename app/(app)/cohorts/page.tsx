import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { getCurrentUser } from "@/lib/server/auth/current-user";
import { listMyMemberships } from "@/lib/server/cohorts/memberships";

import { JoinCohortForm } from "./_components/join-cohort-form";
import { LeaveCohortButton } from "./_components/leave-cohort-button";

export const metadata: Metadata = { title: "Your cohorts" };

const day = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

export default async function CohortsPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/signin?callbackUrl=/cohorts");
  const cohorts = await listMyMemberships(user);
  return (
    <div>
      <h1>Your cohorts</h1>
      <p>In a cohort, its instructor sees your lessons, quiz answers and lab submissions. Leave the cohort and they no longer do.</p>
      {cohorts.length === 0 ? (
        <p>You are not in any cohort.</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Cohort</th>
              <th scope="col">Instructor</th>
              <th scope="col">Joined</th>
              <th scope="col">Leave</th>
            </tr>
          </thead>
          <tbody>
            {cohorts.map((c) => (
              <tr key={c.cohortId}>
                <th scope="row">
                  {c.name}
                  {c.archived ? " (archived)" : ""}
                </th>
                <td>{c.instructor}</td>
                <td>{day.format(c.joinedAt)}</td>
                <td>
                  <LeaveCohortButton cohortId={c.cohortId} cohortName={c.name} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <section aria-labelledby="join-heading">
        <h2 id="join-heading">Join a cohort</h2>
        <JoinCohortForm initialCode="" />
      </section>
    </div>
  );
}
