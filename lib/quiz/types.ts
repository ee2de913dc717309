/**
 * Client-safe shapes of quiz items and grades. A public item carries no key and no explanation;
 * its option, step and match ids are opaque per attempt (`o1`, `s2`, `r3`), so neither their
 * names nor their order give the answer away. The server maps them back to the bank's ids.
 */

export type ItemType = "single" | "multiple" | "ordering" | "matching" | "command" | "output" | "scenario";

export type PublicChoice = { id: string; text: string };

type PublicBase = {
  id: string;
  lesson: string;
  /** heading id in the lesson that teaches it */
  section: string;
  concepts: string[];
  difficulty: 1 | 2 | 3;
  prompt: string;
};

export type PublicExhibit = { prompt: string; command: string; output: string };

export type PublicItem =
  | (PublicBase & { type: "single"; options: PublicChoice[] })
  | (PublicBase & { type: "multiple"; options: PublicChoice[] })
  | (PublicBase & { type: "output"; options: PublicChoice[]; exhibit: PublicExhibit })
  | (PublicBase & { type: "scenario"; options: PublicChoice[]; incident: string })
  | (PublicBase & { type: "ordering"; steps: PublicChoice[] })
  | (PublicBase & { type: "matching"; left: PublicChoice[]; right: PublicChoice[] })
  | (PublicBase & { type: "command" });

/** The right answer, in the public ids of the attempt. */
export type ItemKey =
  | { type: "choice"; correct: string[] }
  | { type: "ordering"; order: string[] }
  | { type: "matching"; matches: Record<string, string> }
  | { type: "command"; answers: string[] };

/** What a learner sees once an item is graded. */
export type ItemReview = {
  itemId: string;
  /** credit from 0 to 1 */
  score: number;
  correct: boolean;
  explanation: string;
  key: ItemKey;
  /** why each option, step, pair or distractor is right or wrong, by public id */
  whys: Record<string, string>;
  /** notes on this learner's answer (a wrong option's why, a misplaced step, a command's difference) */
  feedback: string[];
};

export type ConceptScore = { concept: string; items: number; score: number };

export type AttemptResult = {
  attemptId: string;
  quiz: string;
  mode: "practice" | "exam";
  /** 0-100 */
  score: number;
  answered: number;
  total: number;
  items: ItemReview[];
  concepts: ConceptScore[];
  submittedAt: string;
};

/** An attempt as its owner sees it: the answers so far, the graded items they may already see, and the result once submitted. */
export type AttemptView = {
  attemptId: string;
  quiz: string;
  mode: "practice" | "exam";
  seed: number;
  startedAt: string;
  submittedAt: string | null;
  /** by item id, in the attempt's public ids */
  answers: Record<string, unknown>;
  /** practice mode: every answered item; exam mode: none until submitted */
  reviews: Record<string, ItemReview>;
  result: AttemptResult | null;
};

export type PublicQuiz = { slug: string; title: string; seed: number; items: PublicItem[] };
