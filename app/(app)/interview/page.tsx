import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";

import { StartAssessment } from "@/components/interview/start-assessment";
import { MODULES } from "@/lib/content/lesson-frontmatter";
import { READINESS_LABELS, READINESS_RULE_TEXT, type Readiness } from "@/lib/interview/readiness";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { findOpenAssessment } from "@/lib/server/data/interview-assessments/find-open-assessment";
import { listAssessmentResults } from "@/lib/server/data/interview-assessments/list-assessment-results";
import { allocateByModule, ASSESSMENT_LENGTHS } from "@/lib/server/interview/blueprint";

import { startAssessmentAction } from "./actions";

export const metadata: Metadata = { title: "Interview assessment" };

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export default async function InterviewPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/signin?callbackUrl=/interview");
  const [open, results] = await Promise.all([findOpenAssessment({ userId: user.id }), listAssessmentResults({ userId: user.id, limit: 10 })]);
  const full = ASSESSMENT_LENGTHS.full;
  const quota = allocateByModule(full.items);
  return (
    <article className="interview-page">
      <h1>Interview self-assessment</h1>
      <p>
        A timed assessment across the whole architecture, in exam mode: no feedback until you submit, a countdown, and a time limit the server enforces (answers
        saved after it are kept but not scored). Then a report of your weak concepts, with the lessons and quizzes to study.
      </p>
      <h2>The blueprint</h2>
      <p>
        The full assessment has {full.items} questions from the question bank and {full.prompts} &ldquo;explain it&rdquo; prompts in {full.minutes} minutes; the short one has{" "}
        {ASSESSMENT_LENGTHS.short.items} questions and {ASSESSMENT_LENGTHS.short.prompts} prompt in {ASSESSMENT_LENGTHS.short.minutes} minutes. Every module is covered; the full assessment draws:
      </p>
      <ul>
        {MODULES.map((m) => (
          <li key={m.id}>
            {m.title}: {quota[m.id]} questions
          </li>
        ))}
      </ul>
      <p className="field__hint">{READINESS_RULE_TEXT}</p>
      {open ? (
        <p>
          You have an assessment in progress: <Link href={`/interview/${open.id}`}>continue it</Link>.
        </p>
      ) : (
        <StartAssessment start={startAssessmentAction} />
      )}
      <h2>Your assessments</h2>
      {results.length === 0 ? (
        <p>No assessment submitted yet.</p>
      ) : (
        <ul>
          {results.map((r) => (
            <li key={r.id}>
              <Link href={`/interview/${r.id}`}>
                {when.format(r.submittedAt)} UTC: {r.score}%
              </Link>{" "}
              ({READINESS_LABELS[r.verdict as Readiness]})
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
