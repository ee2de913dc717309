import type { ConceptMastery } from "@/lib/progress/mastery";

import type { ItemStatistics } from "./item-analysis";
import type { LabStatistics } from "./lab-check-analysis";
import type { AttentionReason } from "./needs-attention";
import type { ScoreBin } from "./score-bins";

/** What instructors' pages and the cohort API show; dates are ISO strings so they cross to the browser unchanged. */

export type NamedSlug = { slug: string; title: string };

export type CohortSummary = {
  id: string;
  name: string;
  startsOn: string | null;
  endsOn: string | null;
  joinCode: string;
  archived: boolean;
  members: number;
  requiredLessons: NamedSlug[];
  requiredLabs: NamedSlug[];
  createdAt: string;
};

export type RosterRow = {
  userId: string;
  name: string;
  email: string;
  joinedAt: string;
  /** tracked lessons (the required ones, else all) finished */
  lessonsDone: number;
  doneLessons: string[];
  /** best submitted score per tracked lesson's quiz; null when none submitted */
  bestScores: Record<string, number | null>;
  labsPassed: number;
  lastActiveAt: string | null;
  attention: AttentionReason[];
};

export type CompletionDay = { day: string; lessons: number; cumulative: number };

export type CohortDashboard = {
  cohort: CohortSummary;
  lessons: NamedSlug[];
  labs: NamedSlug[];
  roster: RosterRow[];
  concepts: ConceptMastery[];
  completions: CompletionDay[];
};

export type QuizItemAnalysis = {
  quiz: NamedSlug;
  /** members' first submitted attempts analysed */
  attempts: number;
  scoreBins: ScoreBin[];
  items: ItemStatistics[];
};

export type LabAnalysis = { labs: LabStatistics[] };
