import type { ConceptScore } from "@/lib/quiz/types";

/** Score per concept, weakest first, as quiz results and assessment reports show it. */
export function ConceptScoreTable({ concepts }: { concepts: ConceptScore[] }) {
  return (
    <table className="data-table">
      <caption className="visually-hidden">Score per concept, weakest first</caption>
      <thead>
        <tr>
          <th scope="col">Concept</th>
          <th scope="col">Questions</th>
          <th scope="col">Score</th>
        </tr>
      </thead>
      <tbody>
        {concepts.map((c) => (
          <tr key={c.concept}>
            <th scope="row">{c.concept}</th>
            <td>{c.items}</td>
            <td>{c.score}%</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
