import "server-only";

import { loadInterviewPrompts } from "@/lib/server/content/interview/load-prompts";
import type { InterviewPrompt } from "@/lib/server/content/interview/prompt-schema";
import { loadQuizzes, type LoadedItem } from "@/lib/server/content/quizzes/load-banks";

export type BankEntry = { item: LoadedItem; module: string; lessonTitle: string };

export type AssessmentContent = { items: Map<string, BankEntry>; prompts: Map<string, InterviewPrompt>; lessonTitles: Map<string, string> };

/** The question bank and the open prompts, indexed by id, with each item's module and lesson title. */
export async function loadAssessmentContent(): Promise<AssessmentContent> {
  const [quizzes, prompts] = await Promise.all([loadQuizzes(), loadInterviewPrompts()]);
  const items = new Map<string, BankEntry>();
  for (const quiz of quizzes) for (const item of quiz.items) items.set(item.id, { item, module: quiz.module, lessonTitle: quiz.title });
  return { items, prompts: new Map(prompts.map((p) => [p.id, p])), lessonTitles: new Map(quizzes.map((q) => [q.slug, q.title])) };
}
