import Link from "next/link";

import type { ItemReview, PublicItem } from "@/lib/quiz/types";

import { Markdown } from "@/components/markdown";

function choiceTexts(item: PublicItem): Map<string, string> {
  if (item.type === "ordering") return new Map(item.steps.map((s) => [s.id, s.text]));
  if (item.type === "matching") return new Map([...item.left, ...item.right].map((s) => [s.id, s.text]));
  if (item.type === "command") return new Map();
  return new Map(item.options.map((o) => [o.id, o.text]));
}

function KeyView({ item, review }: { item: PublicItem; review: ItemReview }) {
  const text = choiceTexts(item);
  const key = review.key;
  if (key.type === "choice") {
    return (
      <ul>
        {key.correct.map((id) => (
          <li key={id}>
            <Markdown text={text.get(id) ?? id} /> — <Markdown text={review.whys[id] ?? ""} />
          </li>
        ))}
      </ul>
    );
  }
  if (key.type === "ordering") {
    return (
      <ol>
        {key.order.map((id) => (
          <li key={id}>
            <Markdown text={text.get(id) ?? id} /> — <Markdown text={review.whys[id] ?? ""} />
          </li>
        ))}
      </ol>
    );
  }
  if (key.type === "matching") {
    return (
      <ul>
        {Object.entries(key.matches).map(([left, right]) => (
          <li key={left}>
            <Markdown text={text.get(left) ?? left} /> → <Markdown text={text.get(right) ?? right} />
          </li>
        ))}
      </ul>
    );
  }
  return (
    <ul>
      {key.answers.map((a) => (
        <li key={a}>
          <code>{a}</code>
        </li>
      ))}
    </ul>
  );
}

/** A graded item: verdict, credit, the right answer with its reasons, and notes on this answer. */
export function ItemReviewPanel({ item, review }: { item: PublicItem; review: ItemReview }) {
  const verdict = review.correct ? "Correct" : review.score > 0 ? `Partly right (${Math.round(review.score * 100)}% credit)` : "Not right";
  const otherWhys =
    review.key.type === "choice" ? Object.entries(review.whys).filter(([id]) => !(review.key.type === "choice" && review.key.correct.includes(id))) : [];
  return (
    <section className={`quiz-review ${review.correct ? "quiz-review--right" : "quiz-review--wrong"}`} aria-label="Feedback">
      <p className="quiz-review__verdict">{verdict}</p>
      {review.feedback.length > 0 ? (
        <ul className="quiz-review__notes">
          {review.feedback.map((note) => (
            <li key={note}>
              <Markdown text={note} />
            </li>
          ))}
        </ul>
      ) : null}
      <h3>The answer</h3>
      <KeyView item={item} review={review} />
      <p>
        <Markdown text={review.explanation} />
      </p>
      {otherWhys.length > 0 ? (
        <details>
          <summary>Why the other options are wrong</summary>
          <ul>
            {otherWhys.map(([id, why]) => (
              <li key={id}>
                <Markdown text={choiceTexts(item).get(id) ?? id} />: <Markdown text={why} />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <p>
        <Link href={`/learn/${item.lesson}#${item.section}`}>Read this in the lesson</Link>
      </p>
    </section>
  );
}
