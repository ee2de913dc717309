import { scaleThreshold } from "d3-scale";

import type { NamedSlug, RosterRow } from "@/lib/instructor/cohort.types";

// Bands rather than a continuous ramp: each band has a background chosen for contrast with the text in both themes.
const band = scaleThreshold<number, "low" | "mid" | "high">().domain([50, 80]).range(["low", "mid", "high"]);

/** Learners × lessons: each cell shows the best quiz score, coloured by band, and ✓ when the lesson is done. */
export function ScoreHeatmap({ roster, lessons }: { roster: RosterRow[]; lessons: NamedSlug[] }) {
  return (
    <div className="table-scroll">
      <table className="data-table heatmap">
        <caption>
          Best quiz score per learner and lesson: under 50% <span className="heat heat--low">low</span>, 50–79% <span className="heat heat--mid">mid</span>, 80% and over{" "}
          <span className="heat heat--high">high</span>; ✓ marks a lesson done, — a quiz not taken.
        </caption>
        <thead>
          <tr>
            <th scope="col">Learner</th>
            {lessons.map((l, i) => (
              <th key={l.slug} scope="col" title={l.title}>
                <abbr title={l.title}>{i + 1}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {roster.map((r) => (
            <tr key={r.userId}>
              <th scope="row">{r.name}</th>
              {lessons.map((l) => {
                const score = r.bestScores[l.slug] ?? null;
                const done = r.doneLessons.includes(l.slug);
                return (
                  <td key={l.slug} className={score === null ? "heat heat--none" : `heat heat--${band(score)}`}>
                    {score === null ? "—" : Math.round(score)}
                    {done ? (
                      <>
                        <span aria-hidden="true"> ✓</span>
                        <span className="visually-hidden">, lesson done</span>
                      </>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
