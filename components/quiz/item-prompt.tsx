import type { PublicItem } from "@/lib/quiz/types";

import { Markdown } from "@/components/markdown";
import "./quiz.css";

/** What the learner reads before answering: the incident or tool output, then the question. */
export function ItemPrompt({ item }: { item: PublicItem }) {
  return (
    <div className="quiz-prompt">
      {item.type === "scenario" ? (
        <div className="quiz-incident">
          <p className="quiz-incident__label">Incident</p>
          <Markdown text={item.incident} block />
        </div>
      ) : null}
      {item.type === "output" ? (
        <pre className="quiz-exhibit" tabIndex={0} aria-label={`Output of ${item.exhibit.command}`}>
          <span className="quiz-exhibit__prompt">{item.exhibit.prompt}</span>
          {item.exhibit.command}
          {"\n"}
          {item.exhibit.output}
        </pre>
      ) : null}
      <Markdown text={item.prompt} block />
    </div>
  );
}
