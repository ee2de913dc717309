import "server-only";

import { MODULES } from "@/lib/content/lesson-frontmatter";
import type { InterviewPrompt } from "@/lib/server/content/interview/prompt-schema";

export type LessonForPrompts = { slug: string; module: string; anchors: Set<string> };

const FILE = "content/interview/prompts.yaml";

/** Rules across the prompts: unique ids, links into real lesson sections of the same module, every module covered. */
export function checkInterviewPrompts(prompts: InterviewPrompt[], lessons: LessonForPrompts[]): string[] {
  const problems: string[] = [];
  const bySlug = new Map(lessons.map((l) => [l.slug, l]));
  const seen = new Set<string>();
  for (const prompt of prompts) {
    const where = `${FILE}: prompt ${prompt.id}`;
    if (seen.has(prompt.id)) problems.push(`${where}: id is used twice`);
    seen.add(prompt.id);
    const lesson = bySlug.get(prompt.lesson);
    if (!lesson) {
      problems.push(`${where}: lesson "${prompt.lesson}" does not exist`);
      continue;
    }
    if (lesson.module !== prompt.module) problems.push(`${where}: lesson "${prompt.lesson}" is in module "${lesson.module}", not "${prompt.module}"`);
    if (!lesson.anchors.has(prompt.section)) problems.push(`${where}: section "${prompt.section}" is not a heading id of lesson "${prompt.lesson}"`);
  }
  for (const { id } of MODULES) {
    if (!prompts.some((p) => p.module === id)) problems.push(`${FILE}: no prompt for module "${id}"; every module needs at least one`);
  }
  return problems;
}
