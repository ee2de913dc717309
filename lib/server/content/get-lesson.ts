import "server-only";

import { cache } from "react";

import type { LessonFrontmatter } from "@/lib/content/lesson-frontmatter";

import { compileMdx, type CompiledLesson } from "./compile";
import { listLessons } from "./list-lessons";

export type LessonLink = { slug: string; title: string };

export type LessonPageData = {
  frontmatter: LessonFrontmatter;
  compiled: CompiledLesson;
  previous: LessonLink | null;
  next: LessonLink | null;
  prerequisites: LessonLink[];
};

/** Lessons of one request (the layout, metadata and page all ask). */
export const getCourseLessons = cache(listLessons);

/** A lesson ready to render, with its neighbours in course order; null for an unknown slug. */
export async function getLesson(slug: string): Promise<LessonPageData | null> {
  const lessons = await getCourseLessons();
  const index = lessons.findIndex((l) => l.frontmatter.slug === slug);
  if (index === -1) return null;
  const lesson = lessons[index]!;
  const link = (i: number): LessonLink | null => {
    const l = lessons[i];
    return l ? { slug: l.frontmatter.slug, title: l.frontmatter.title } : null;
  };
  const bySlug = new Map(lessons.map((l) => [l.frontmatter.slug, l.frontmatter.title]));
  return {
    frontmatter: lesson.frontmatter,
    compiled: await compileMdx(lesson.body, lesson.folder),
    previous: link(index - 1),
    next: link(index + 1),
    prerequisites: lesson.frontmatter.prerequisites.map((p) => ({ slug: p, title: bySlug.get(p) ?? p })),
  };
}
