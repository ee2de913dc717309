/** Client-safe shapes of the interview assessment: the sitting as the player shows it, and the report. */
import type { ItemReview, PublicItem } from "@/lib/quiz/types";

import type { Readiness } from "./readiness";

export type AssessmentLength = "full" | "short";

export type SelfRating = "covered" | "partly" | "missed";

/** An open prompt before submission: the question only. */
export type OpenPrompt = { id: string; module: string; prompt: string };

export type OpenAssessment = {
  status: "open";
  assessmentId: string;
  startedAt: string;
  deadline: string;
  /** the server's clock when this view was made, so the countdown does not trust the browser's clock */
  serverNow: string;
  items: PublicItem[];
  prompts: OpenPrompt[];
  /** saved answers, in this assessment's public ids */
  answers: Record<string, unknown>;
  openAnswers: Record<string, string>;
};

export type ModuleResult = { module: string; title: string; items: number; score: number };

export type ConceptResult = { concept: string; items: number; score: number };

export type WeakConcept = ConceptResult & {
  /** the lesson section that teaches the missed item, and a practice quiz on it */
  lesson: string;
  lessonTitle: string;
  section: string;
};

export type PromptReport = {
  id: string;
  module: string;
  prompt: string;
  answer: string | null;
  late: boolean;
  modelAnswer: string;
  points: { id: string; text: string }[];
  ratings: Record<string, SelfRating> | null;
  /** 0-100 from the self-ratings (covered 1, partly 0.5, missed 0), null until rated */
  selfScore: number | null;
  lesson: string;
  section: string;
};

export type EarlierAssessment = { id: string; submittedAt: string; score: number; verdict: Readiness };

export type AssessmentReport = {
  status: "submitted";
  assessmentId: string;
  startedAt: string;
  deadline: string;
  submittedAt: string;
  submittedLate: boolean;
  /** 0-100 over every item of the assessment; unanswered and late answers count 0 */
  score: number;
  total: number;
  answeredInTime: number;
  lateAnswers: number;
  verdict: Readiness;
  modules: ModuleResult[];
  concepts: ConceptResult[];
  weakest: WeakConcept[];
  items: { item: PublicItem; review: ItemReview; late: boolean }[];
  prompts: PromptReport[];
  /** submitted before this one, newest first */
  earlier: EarlierAssessment[];
  /** score change per module since the previous assessment, when there is one */
  moduleChanges: { module: string; title: string; change: number }[];
};

export type AssessmentView = OpenAssessment | AssessmentReport;
