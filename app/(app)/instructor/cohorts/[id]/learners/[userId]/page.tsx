import type { Metadata } from "next";
import Link from "next/link";

import { loadOrRefuse, requirePageRole } from "@/lib/server/auth/page-access";
import { loadLearnerDetail } from "@/lib/server/cohorts/learner-detail";
import { STATUS_LABELS } from "@/lib/progress/lesson-status";

import { CohortNav } from "../../_components/cohort-nav";

import "../../../../instructor.css";

export const metadata: Metadata = { title: "Learner" };

type Props = { params: Promise<{ id: string; userId: string }> };

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const at = (iso: string) => `${when.format(new Date(iso))} UTC`;

export default async function LearnerPage({ params }: Props) {
  const { id, userId } = await params;
  const instructor = await requirePageRole("instructor", `/instructor/cohorts/${id}/learners/${userId}`);
  const detail = await loadOrRefuse(() => loadLearnerDetail(instructor, id, userId));
  const base = `/instructor/cohorts/${detail.cohort.id}/learners/${detail.learner.userId}`;
  return (
    <div className="instructor-page">
      <CohortNav cohortId={detail.cohort.id} cohortName={detail.cohort.name} />
      <h1>{detail.learner.name}</h1>
      <p>
        {detail.learner.email} · joined {at(detail.learner.joinedAt)}
      </p>

      <section aria-labelledby="lessons-heading">
        <h2 id="lessons-heading">Lessons</h2>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Lesson</th>
              <th scope="col">Status</th>
              <th scope="col">Finished</th>
            </tr>
          </thead>
          <tbody>
            {detail.lessons.map((l) => (
              <tr key={l.slug}>
                <th scope="row">{l.title}</th>
                <td>{STATUS_LABELS[l.status]}</td>
                <td>{l.completedAt ? at(l.completedAt) : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="attempts-heading">
        <h2 id="attempts-heading">Quiz attempts</h2>
        {detail.attempts.length === 0 ? (
          <p>No quiz attempt yet.</p>
        ) : (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Quiz</th>
                <th scope="col">Mode</th>
                <th scope="col">Started</th>
                <th scope="col">Answered</th>
                <th scope="col">Score</th>
              </tr>
            </thead>
            <tbody>
              {detail.attempts.map((a) => (
                <tr key={a.id}>
                  <th scope="row">
                    <Link href={`${base}/attempts/${a.id}`}>{a.quizTitle}</Link>
                  </th>
                  <td>{a.mode}</td>
                  <td>{at(a.startedAt)}</td>
                  <td>{a.answered}</td>
                  <td>{a.score === null ? "not submitted" : `${a.score}%`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="labs-heading">
        <h2 id="labs-heading">Lab submissions</h2>
        {detail.labs.length === 0 ? <p>No lab submitted yet.</p> : null}
        {detail.labs.map((s) => (
          <details key={s.id}>
            <summary>
              {s.labTitle}, {at(s.createdAt)}: {s.passed ? "passed" : "not passed"}
            </summary>
            <ul>
              {s.checks.map((c) => (
                <li key={c.id}>
                  {c.passed ? "Passed" : "Failed"}: {c.title}
                  {c.reason ? ` — ${c.reason}` : ""}
                </li>
              ))}
            </ul>
            <p>Transcript ({s.transcript.length} commands):</p>
            <pre className="transcript">{s.transcript.join("\n")}</pre>
          </details>
        ))}
      </section>
    </div>
  );
}
