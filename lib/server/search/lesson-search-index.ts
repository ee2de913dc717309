import MiniSearch, { type Options } from "minisearch";

import type { LessonSection } from "@/lib/content/lesson-outline";

export type SearchDocument = {
  id: string;
  slug: string;
  sectionId: string;
  title: string;
  heading: string;
  text: string;
};

export type SearchableLesson = { slug: string; title: string; summary: string; sections: LessonSection[] };

// Stored fields are what a result shows; text is indexed but not stored (a snippet is cut from it at query time).
export const SEARCH_OPTIONS: Options<SearchDocument> = {
  fields: ["title", "heading", "text"],
  storeFields: ["slug", "sectionId", "title", "heading"],
  searchOptions: { boost: { title: 3, heading: 2 }, prefix: true, fuzzy: 0.2, combineWith: "AND" },
};

/** One document per lesson section, so a hit links to the heading it is under. */
export function toSearchDocuments(lessons: readonly SearchableLesson[]): SearchDocument[] {
  return lessons.flatMap((lesson) =>
    lesson.sections.map((section) => ({
      id: `${lesson.slug}#${section.id}`,
      slug: lesson.slug,
      sectionId: section.id,
      title: lesson.title,
      heading: section.heading,
      text: section.id === "" ? `${lesson.summary} ${section.text}` : section.text,
    })),
  );
}

/** The serialised MiniSearch index of the lessons. */
export function buildSearchIndex(documents: readonly SearchDocument[]): string {
  const index = new MiniSearch<SearchDocument>(SEARCH_OPTIONS);
  index.addAll([...documents]);
  return JSON.stringify(index);
}

export function loadSearchIndex(serialised: string): MiniSearch<SearchDocument> {
  return MiniSearch.loadJSON<SearchDocument>(serialised, SEARCH_OPTIONS);
}
