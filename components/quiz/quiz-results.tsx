import Link from "next/link";

import type { AttemptResult, PublicItem } from "@/lib/quiz/types";

import { ConceptScoreTable } from "./concept-score-table";
import { ItemPrompt } from "./item-prompt";
import { ItemReviewPanel } from "./item-review";

/** A submitted attempt: score, concepts from weakest to strongest, and every item with its explanation. */
export function QuizResults({ result, items, title }: { result: AttemptResult; items: PublicItem[]; title: string }) {
  const byId = new Map(items.map((i) => [i.id, i]));
  return (
    <div className="quiz-results">
      <h2 id="quiz-results-heading" tabIndex={-1}>
        Your score: {result.score}%
      </h2>
      <p>
        {title} quiz, {result.mode === "exam" ? "exam" : "practice"} mode: {result.items.filter((i) => i.correct).length} of {result.total} items right, {result.answered} answered.
      </p>
      <h3>By concept</h3>
      <ConceptScoreTable concepts={result.concepts} />
      <h3>Item by item</h3>
      <ol className="quiz-results__items">
        {result.items.map((review) => {
          const item = byId.get(review.itemId);
          if (!item) return null;
          return (
            <li key={review.itemId}>
              <ItemPrompt item={item} />
              <ItemReviewPanel item={item} review={review} />
            </li>
          );
        })}
      </ol>
      <p>
        <Link href="/progress">See all your progress</Link>
      </p>
    </div>
  );
}
