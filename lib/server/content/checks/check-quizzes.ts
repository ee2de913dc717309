import "server-only";

import type { Quiz } from "@/lib/server/content/quizzes/load-banks";
import { commandMeaning, sameCommand } from "@/lib/server/grading/command-meaning";

export type LessonForQuiz = { slug: string; objectives: number; anchors: Set<string> };

export const MIN_ITEMS_PER_LESSON = 12;
export const MIN_ITEMS_IN_ALL = 220;
const ITEM_TYPES = ["single", "multiple", "ordering", "matching", "command", "output", "scenario"] as const;
// Ids the browser could read as the answer; public ids are opaque, but a bank should not rely on it.
const TELLING_IDS = new Set(["correct", "right", "wrong", "answer", "true", "false"]);

/** The rules of the question bank across files: coverage, links into lessons, unique ids, gradable commands. */
export function checkQuizzes(quizzes: Quiz[], lessons: LessonForQuiz[]): string[] {
  const problems: string[] = [];
  const bySlug = new Map(quizzes.map((q) => [q.slug, q]));
  const seen = new Map<string, string>();
  let total = 0;
  const types = new Set<string>();
  for (const lesson of lessons) {
    const quiz = bySlug.get(lesson.slug);
    const file = `content/quizzes/${lesson.slug}.yaml`;
    if (!quiz) {
      problems.push(`${file}: missing; every lesson needs a quiz of at least ${MIN_ITEMS_PER_LESSON} items`);
      continue;
    }
    total += quiz.items.length;
    if (quiz.items.length < MIN_ITEMS_PER_LESSON) problems.push(`${file}: has ${quiz.items.length} items; a lesson needs at least ${MIN_ITEMS_PER_LESSON}`);
    const covered = new Set<number>();
    for (const item of quiz.items) {
      types.add(item.type);
      const where = `${file}: item ${item.id}`;
      const other = seen.get(item.id);
      if (other) problems.push(`${where}: id is already used in ${other}`);
      seen.set(item.id, file);
      if (item.objective > lesson.objectives) problems.push(`${where}: objective ${item.objective} does not exist (the lesson has ${lesson.objectives})`);
      covered.add(item.objective);
      if (!lesson.anchors.has(item.section)) problems.push(`${where}: section "${item.section}" is not a heading id of the lesson`);
      const childIds = "options" in item ? item.options.map((o) => o.id) : item.type === "ordering" ? item.steps.map((s) => s.id) : item.type === "matching" ? item.pairs.map((p) => p.id) : [];
      for (const id of childIds) if (TELLING_IDS.has(id)) problems.push(`${where}: id "${id}" gives the answer away; name it after its content`);
      if (item.type === "command") problems.push(...checkCommandItem(where, item.answers, item.mistakes.map((m) => m.command)));
    }
    for (let i = 1; i <= lesson.objectives; i++) {
      if (!covered.has(i)) problems.push(`${file}: no item tests objective ${i} of the lesson`);
    }
  }
  for (const quiz of quizzes) {
    if (!lessons.some((l) => l.slug === quiz.slug)) problems.push(`content/quizzes/${quiz.slug}.yaml: no lesson has the slug "${quiz.slug}"`);
  }
  if (total < MIN_ITEMS_IN_ALL) problems.push(`content/quizzes: ${total} items in all; the course needs at least ${MIN_ITEMS_IN_ALL}`);
  for (const type of ITEM_TYPES) if (!types.has(type)) problems.push(`content/quizzes: no item of type "${type}"`);
  return problems;
}

function checkCommandItem(where: string, answers: string[], mistakes: string[]): string[] {
  const problems: string[] = [];
  const parsedAnswers = answers.map((a) => ({ line: a, meaning: commandMeaning(a) }));
  for (const { line, meaning } of parsedAnswers) {
    if (!meaning.ok) problems.push(`${where}: answer \`${line}\` does not parse: ${meaning.error}`);
  }
  for (const line of mistakes) {
    const meaning = commandMeaning(line);
    if (meaning.ok && parsedAnswers.some((a) => sameCommand(meaning, a.meaning))) problems.push(`${where}: mistake \`${line}\` means the same as an answer`);
  }
  return problems;
}
