import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";

import { ReviewForecastChart } from "@/components/charts/review-forecast-chart";
import { READINESS_LABELS, type Readiness } from "@/lib/interview/readiness";
import { RECENT_PER_CONCEPT } from "@/lib/progress/mastery";
import { STATUS_LABELS } from "@/lib/progress/lesson-status";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { listAssessmentResults } from "@/lib/server/data/interview-assessments/list-assessment-results";
import { loadLearnerProgress } from "@/lib/server/progress/learner-progress";
import { loadReviewOverview } from "@/lib/server/review/review-session";

import "./progress.css";

export const metadata: Metadata = { title: "Your progress" };

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export default async function ProgressPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/signin?callbackUrl=/progress");
  const [progress, review, assessments] = await Promise.all([loadLearnerProgress(user.id), loadReviewOverview(user.id, new Date()), listAssessmentResults({ userId: user.id, limit: 10 })]);
  const quizzesTaken = progress.lessons.filter((l) => l.bestScore !== null).length;
  return (
    <div className="progress-page">
      <h1>Your progress</h1>
      <ul className="cards progress-summary">
        <li className="card">
          <h2>Lessons done</h2>
          <p className="progress-figure">
            {progress.lessonsDone} of {progress.lessons.length}
          </p>
        </li>
        <li className="card">
          <h2>Quizzes taken</h2>
          <p className="progress-figure">
            {quizzesTaken} of {progress.lessons.length}
          </p>
        </li>
        <li className="card">
          <h2>Labs passed</h2>
          <p className="progress-figure">
            {progress.labsPassed} of {progress.labs.length}
          </p>
        </li>
      </ul>

      <section aria-labelledby="next-heading">
        <h2 id="next-heading">Next</h2>
        {progress.next ? (
          <p>
            Recommended: <Link href={`/learn/${progress.next.slug}`}>{progress.next.title}</Link> — the first lesson you have not finished whose prerequisites you have.
          </p>
        ) : (
          <p>You have finished every lesson. Keep your knowledge fresh with the quizzes and labs.</p>
        )}
      </section>

      <section aria-labelledby="review-heading">
        <h2 id="review-heading">Spaced review</h2>
        <p>
          Review streak: <strong>{review.streak}</strong> day{review.streak === 1 ? "" : "s"} in a row. Cards due today: <strong>{review.dueToday}</strong>
          {review.dueToday > 0 ? (
            <>
              {" "}
              — <Link href="/review">review them now</Link>
            </>
          ) : null}
          .
        </p>
        <ReviewForecastChart days={review.forecast} />
      </section>

      <section aria-labelledby="interview-heading">
        <h2 id="interview-heading">Interview assessments</h2>
        {assessments.length === 0 ? (
          <p>
            No assessment yet. <Link href="/interview">Take an interview self-assessment</Link> to see how ready you are.
          </p>
        ) : (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Submitted (UTC)</th>
                <th scope="col">Score</th>
                <th scope="col">Verdict</th>
                <th scope="col">Late answers</th>
              </tr>
            </thead>
            <tbody>
              {assessments.map((a) => (
                <tr key={a.id}>
                  <th scope="row">
                    <Link href={`/interview/${a.id}`}>{when.format(a.submittedAt)}</Link>
                  </th>
                  <td>{a.score}%</td>
                  <td>{READINESS_LABELS[a.verdict as Readiness]}</td>
                  <td>{a.lateAnswers}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="lessons-heading">
        <h2 id="lessons-heading">Lessons and quizzes</h2>
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Lesson</th>
                <th scope="col">Status</th>
                <th scope="col">Best quiz score</th>
                <th scope="col">Quiz attempts</th>
              </tr>
            </thead>
            <tbody>
              {progress.lessons.map((l) => (
                <tr key={l.slug}>
                  <th scope="row">
                    <Link href={`/learn/${l.slug}`}>
                      {l.order}. {l.title}
                    </Link>
                  </th>
                  <td>{STATUS_LABELS[l.status]}</td>
                  <td>{l.bestScore === null ? <Link href={`/learn/${l.slug}/quiz`}>Take the quiz</Link> : `${l.bestScore}%`}</td>
                  <td>{l.quizAttempts}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="concepts-heading">
        <h2 id="concepts-heading">Mastery by concept</h2>
        <p className="field__hint">The share of your latest {RECENT_PER_CONCEPT} graded answers on each concept that were right, weakest first.</p>
        {progress.concepts.length === 0 ? (
          <p>Answer some quiz questions to see your mastery of each concept.</p>
        ) : (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Concept</th>
                <th scope="col">Answers counted</th>
                <th scope="col">Mastery</th>
              </tr>
            </thead>
            <tbody>
              {progress.concepts.map((c) => (
                <tr key={c.concept}>
                  <th scope="row">{c.concept}</th>
                  <td>
                    {c.right} of {c.answers} right
                  </td>
                  <td>
                    <span className="mastery-bar" aria-hidden="true">
                      <span style={{ width: `${c.mastery}%` }} />
                    </span>{" "}
                    {c.mastery}%
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="labs-heading">
        <h2 id="labs-heading">Labs</h2>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Lab</th>
              <th scope="col">Result</th>
              <th scope="col">Submissions</th>
            </tr>
          </thead>
          <tbody>
            {progress.labs.map((lab) => (
              <tr key={lab.slug}>
                <th scope="row">
                  <Link href={`/labs/${lab.slug}`}>{lab.title}</Link>
                </th>
                <td>{lab.passed ? "Passed" : lab.submissions > 0 ? "Not passed yet" : "Not tried"}</td>
                <td>{lab.submissions}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="attempts-heading">
        <h2 id="attempts-heading">Recent quiz attempts</h2>
        {progress.recentAttempts.length === 0 ? (
          <p>No quiz submitted yet.</p>
        ) : (
          <ul>
            {progress.recentAttempts.map((a) => (
              <li key={a.id}>
                <Link href={`/learn/${a.quizSlug}/quiz/attempts/${a.id}`}>
                  {a.quizTitle}: {a.score}%
                </Link>{" "}
                ({a.mode}, {when.format(a.submittedAt)} UTC)
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
