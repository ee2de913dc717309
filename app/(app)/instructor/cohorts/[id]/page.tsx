import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";

import { LineChart } from "@/components/charts/line-chart";
import { ScoreHeatmap } from "@/components/charts/score-heatmap";
import { loadOrRefuse, requirePageRole } from "@/lib/server/auth/page-access";
import { loadCohortDashboard } from "@/lib/server/cohorts/cohort-dashboard";
import { INACTIVE_DAYS, LOW_SCORE_PERCENT, LOW_SCORE_QUIZZES } from "@/lib/instructor/needs-attention";

import { CohortControls } from "../../_components/cohort-controls";
import { RosterTable } from "../../_components/roster-table";
import { CohortNav } from "./_components/cohort-nav";

import "../../instructor.css";

export const metadata: Metadata = { title: "Cohort dashboard" };

type Props = { params: Promise<{ id: string }> };

async function siteOrigin(): Promise<string> {
  const h = await headers();
  return `${h.get("x-forwarded-proto") ?? "http"}://${h.get("x-forwarded-host") ?? h.get("host") ?? "localhost"}`;
}

export default async function CohortDashboardPage({ params }: Props) {
  const { id } = await params;
  const instructor = await requirePageRole("instructor", `/instructor/cohorts/${id}`);
  const board = await loadOrRefuse(() => loadCohortDashboard(instructor, id));
  const { cohort, roster, lessons, labs, concepts, completions } = board;
  const attention = roster.filter((r) => r.attention.length > 0);
  const joinUrl = `${await siteOrigin()}/cohorts/join?code=${cohort.joinCode}`;
  const totalDone = completions.at(-1)?.cumulative ?? 0;
  return (
    <div className="instructor-page">
      <CohortNav cohortId={cohort.id} cohortName={cohort.name} />
      <h1>{cohort.name}</h1>
      <p>
        {cohort.members} {cohort.members === 1 ? "learner" : "learners"}
        {cohort.startsOn || cohort.endsOn ? ` · ${cohort.startsOn ?? "…"} to ${cohort.endsOn ?? "…"}` : ""} · tracking {lessons.length} lessons and {labs.length} labs
        {cohort.requiredLessons.length === 0 ? " (no required lessons chosen: all of them)" : ""}.
      </p>
      <CohortControls cohortId={cohort.id} joinCode={cohort.joinCode} joinUrl={joinUrl} archived={cohort.archived} />

      <section aria-labelledby="attention-heading">
        <h2 id="attention-heading">Needs attention ({attention.length})</h2>
        <p className="field__hint">
          Inactive for more than {INACTIVE_DAYS} days, or under {LOW_SCORE_PERCENT}% (best score) on {LOW_SCORE_QUIZZES} or more quizzes.
        </p>
        {attention.length === 0 ? (
          <p>Nobody right now.</p>
        ) : (
          <ul>
            {attention.map((r) => (
              <li key={r.userId}>
                <Link href={`/instructor/cohorts/${cohort.id}/learners/${r.userId}`}>{r.name}</Link>: {r.attention.map((a) => (a === "inactive" ? "inactive" : "low quiz scores")).join(", ")}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="roster-heading">
        <h2 id="roster-heading">Roster</h2>
        {roster.length === 0 ? <p>Nobody has joined yet. Share the join code or link above.</p> : <RosterTable cohortId={cohort.id} roster={roster} lessons={lessons} labsTracked={labs.length} />}
      </section>

      {roster.length > 0 ? (
        <section aria-labelledby="heatmap-heading">
          <h2 id="heatmap-heading">Learners × lessons</h2>
          <ScoreHeatmap roster={roster} lessons={lessons} />
        </section>
      ) : null}

      <section aria-labelledby="completion-heading">
        <h2 id="completion-heading">Completion over time</h2>
        {completions.length === 0 ? (
          <p>No lesson finished yet.</p>
        ) : (
          <LineChart
            title="Lessons finished by the cohort, cumulative"
            summary={`${totalDone} lessons finished in all, from ${completions[0]!.day} to ${completions.at(-1)!.day}.`}
            points={completions.map((c) => ({ date: new Date(`${c.day}T00:00:00Z`), value: c.cumulative }))}
            valueLabel="Lessons finished so far"
          />
        )}
      </section>

      <section aria-labelledby="concepts-heading">
        <h2 id="concepts-heading">Mastery by concept</h2>
        <p className="field__hint">The share of right answers among all the members’ graded answers on each concept, weakest first.</p>
        {concepts.length === 0 ? (
          <p>No graded answers yet.</p>
        ) : (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Concept</th>
                <th scope="col">Answers</th>
                <th scope="col">Mastery</th>
              </tr>
            </thead>
            <tbody>
              {concepts.map((c) => (
                <tr key={c.concept}>
                  <th scope="row">{c.concept}</th>
                  <td>
                    {c.right} of {c.answers} right
                  </td>
                  <td>{c.mastery}%</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
