import Link from "next/link";

import { ConceptScoreTable } from "@/components/quiz/concept-score-table";
import { ItemPrompt } from "@/components/quiz/item-prompt";
import { ItemReviewPanel } from "@/components/quiz/item-review";
import { Markdown } from "@/components/markdown";
import { READINESS_LABELS, READINESS_RULE_TEXT } from "@/lib/interview/readiness";
import type { AssessmentReport } from "@/lib/interview/types";

import { SelfRatingForm, type RateAction } from "./self-rating-form";

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/** The report of a submitted assessment: score, verdict and its rule, modules, concepts, what to study, comparison, open answers. */
export function AssessmentReportView({ report, rate }: { report: AssessmentReport; rate: RateAction }) {
  const previous = report.earlier[0];
  return (
    <div className="assessment-report">
      <h2 id="report-heading" tabIndex={-1}>
        Your score: {report.score}% · {READINESS_LABELS[report.verdict]}
      </h2>
      <p>
        {report.answeredInTime} of {report.total} questions answered within the time limit, submitted {when.format(new Date(report.submittedAt))} UTC.
      </p>
      {report.lateAnswers > 0 || report.submittedLate ? (
        <p className="callout-late" role="note">
          {report.lateAnswers > 0 ? `${report.lateAnswers} answer(s) arrived after the time limit: they are kept below, but not scored. ` : ""}
          {report.submittedLate ? "The assessment was submitted after its time limit." : ""}
        </p>
      ) : null}
      <p className="field__hint">
        <strong>How the verdict is decided.</strong> {READINESS_RULE_TEXT} Your written answers are self-assessed and shown separately; they do not change the verdict.
      </p>

      <section aria-labelledby="study-heading">
        <h3 id="study-heading">What to study next</h3>
        {report.weakest.length === 0 ? (
          <p>No weak concept in this assessment: every concept was answered fully right.</p>
        ) : (
          <ol>
            {report.weakest.map((w) => (
              <li key={w.concept}>
                <strong>{w.concept}</strong> ({w.score}% on {w.items} question{w.items > 1 ? "s" : ""}): read <Link href={`/learn/${w.lesson}#${w.section}`}>{w.lessonTitle}</Link>, then practise with the{" "}
                <Link href={`/learn/${w.lesson}/quiz`}>{w.lessonTitle} quiz</Link>.
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="modules-heading">
        <h3 id="modules-heading">By module</h3>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Module</th>
              <th scope="col">Questions</th>
              <th scope="col">Score</th>
              {previous ? <th scope="col">Since your last assessment</th> : null}
            </tr>
          </thead>
          <tbody>
            {report.modules.map((m) => {
              const change = report.moduleChanges.find((c) => c.module === m.module);
              return (
                <tr key={m.module}>
                  <th scope="row">{m.title}</th>
                  <td>{m.items}</td>
                  <td>{m.score}%</td>
                  {previous ? <td>{change ? `${signed(change.change)} points` : "—"}</td> : null}
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="concepts-heading">
        <h3 id="concepts-heading">By concept</h3>
        <ConceptScoreTable concepts={report.concepts} />
      </section>

      <section aria-labelledby="earlier-heading">
        <h3 id="earlier-heading">Compared with your earlier assessments</h3>
        {previous ? (
          <>
            <p>
              {signed(Math.round(10 * (report.score - previous.score)) / 10)} points since your last assessment ({previous.score}%, {READINESS_LABELS[previous.verdict]}).
            </p>
            <ul>
              {report.earlier.map((e) => (
                <li key={e.id}>
                  <Link href={`/interview/${e.id}`}>
                    {when.format(new Date(e.submittedAt))} UTC: {e.score}%
                  </Link>{" "}
                  ({READINESS_LABELS[e.verdict]})
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>This is your first assessment. Take another later to see how you progress.</p>
        )}
      </section>

      {report.prompts.length > 0 ? (
        <section aria-labelledby="open-heading">
          <h3 id="open-heading">Explain it: self-assessed</h3>
          {report.prompts.map((p) => (
            <article key={p.id} className="open-answer">
              <Markdown text={p.prompt} block />
              <h4>Your answer{p.late ? " (after the time limit)" : ""}</h4>
              {p.answer ? <p className="open-answer__text">{p.answer}</p> : <p>You did not write an answer.</p>}
              <h4>A model answer</h4>
              <Markdown text={p.modelAnswer} block />
              <p>
                <Link href={`/learn/${p.lesson}#${p.section}`}>Read this in the lesson</Link>
              </p>
              <h4>Key points: rate your answer</h4>
              {p.answer ? <SelfRatingForm assessmentId={report.assessmentId} prompt={p} rate={rate} /> : <p>Write an answer next time to rate it against these points.</p>}
              {p.selfScore !== null ? <p>Self-assessed: {p.selfScore}% of the key points.</p> : null}
            </article>
          ))}
        </section>
      ) : null}

      <section aria-labelledby="items-heading">
        <h3 id="items-heading">Question by question</h3>
        <ol className="quiz-results__items">
          {report.items.map(({ item, review }) => (
            <li key={item.id}>
              <ItemPrompt item={item} />
              <ItemReviewPanel item={item} review={review} />
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
