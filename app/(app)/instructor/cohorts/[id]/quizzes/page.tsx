import type { Metadata } from "next";

import { BarChart } from "@/components/charts/bar-chart";
import { loadOrRefuse, requirePageRole } from "@/lib/server/auth/page-access";
import { requireOwnCohort } from "@/lib/server/cohorts/access";
import { courseCatalog } from "@/lib/server/cohorts/cohort-summary";
import { loadQuizItemAnalysis } from "@/lib/server/cohorts/quiz-item-analysis";
import { FLAG_RULES, type ItemFlag } from "@/lib/instructor/item-analysis";

import { CohortNav } from "../_components/cohort-nav";

import "../../../instructor.css";

export const metadata: Metadata = { title: "Quiz item analysis" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ quiz?: string | string[] }> };

const FLAG_TEXT: Record<ItemFlag, string> = {
  "too-hard": `too hard (under ${FLAG_RULES.hardBelow * 100}% right)`,
  "too-easy": `too easy (over ${FLAG_RULES.easyAbove * 100}% right)`,
  "low-discrimination": `low discrimination (under ${FLAG_RULES.discriminationBelow})`,
};

const percent = (v: number | null) => (v === null ? "—" : `${Math.round(v * 100)}%`);

export default async function QuizItemsPage({ params, searchParams }: Props) {
  const { id } = await params;
  const instructor = await requirePageRole("instructor", `/instructor/cohorts/${id}/quizzes`);
  const { cohort } = await loadOrRefuse(() => requireOwnCohort(instructor, id));
  const catalog = await courseCatalog();
  const asked = (await searchParams).quiz;
  const slug = typeof asked === "string" && catalog.lessons.some((l) => l.slug === asked) ? asked : (cohort.requiredLessons[0] ?? catalog.lessons[0]!.slug);
  const analysis = await loadOrRefuse(() => loadQuizItemAnalysis(instructor, cohort.id, slug));
  const flagged = analysis.items.filter((i) => i.flags.length > 0).length;
  return (
    <div className="instructor-page">
      <CohortNav cohortId={cohort.id} cohortName={cohort.name} />
      <h1>Quiz items: {analysis.quiz.title}</h1>
      <form method="get" className="roster-filters">
        <div className="field">
          <label htmlFor="quiz-select">Quiz</label>
          <select id="quiz-select" name="quiz" defaultValue={slug}>
            {catalog.lessons.map((l) => (
              <option key={l.slug} value={l.slug}>
                {l.title}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--secondary">
          Show
        </button>
      </form>
      <p className="field__hint">
        Counted: each current member’s first submitted attempt of this quiz ({analysis.attempts} attempts). Difficulty is the share of responses that were right; discrimination is the
        point-biserial correlation between getting the item right and the rest of the attempt’s score (every other item’s credit, unanswered items counting 0). Items are flagged under{" "}
        {FLAG_RULES.hardBelow * 100}% or over {FLAG_RULES.easyAbove * 100}% right, or with discrimination under {FLAG_RULES.discriminationBelow}.
      </p>
      {analysis.attempts > 0 ? (
        <BarChart
          title={`Score distribution, ${analysis.quiz.title}`}
          summary={`${analysis.attempts} first attempts; the most common band is ${[...analysis.scoreBins].sort((a, b) => b.count - a.count)[0]!.from}–${[...analysis.scoreBins].sort((a, b) => b.count - a.count)[0]!.to}%.`}
          bars={analysis.scoreBins.map((b) => ({ label: `${b.from}–${b.to}`, value: b.count }))}
          categoryLabel="Score band (%)"
          valueLabel="Attempts"
        />
      ) : (
        <p>No member has submitted this quiz yet.</p>
      )}
      <h2>
        Items ({flagged} flagged of {analysis.items.length})
      </h2>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Item</th>
              <th scope="col">Responses</th>
              <th scope="col">Difficulty (share right)</th>
              <th scope="col">Discrimination</th>
              <th scope="col">Options chosen</th>
              <th scope="col">Flags</th>
            </tr>
          </thead>
          <tbody>
            {analysis.items.map((item) => (
              <tr key={item.itemId}>
                <th scope="row">
                  {item.prompt}
                  <br />
                  <span className="field__hint">
                    {item.itemId} ({item.type})
                  </span>
                </th>
                <td>{item.responses}</td>
                <td>{percent(item.difficulty)}</td>
                <td>{item.discrimination === null ? "—" : item.discrimination.toFixed(2)}</td>
                <td>
                  {item.options ? (
                    <ul className="item-options">
                      {item.options.map((o) => (
                        <li key={o.id}>
                          {o.correct ? <strong>{o.text} (right)</strong> : o.text}: {o.chosen}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    "—"
                  )}
                </td>
                <td>
                  {item.flags.map((f) => (
                    <span key={f} className="flag">
                      {FLAG_TEXT[f]}
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
