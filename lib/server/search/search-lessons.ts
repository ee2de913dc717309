import "server-only";

import type MiniSearch from "minisearch";

import { compileMdx } from "@/lib/server/content/compile";
import { listLessons } from "@/lib/server/content/list-lessons";

import { buildSearchIndex, loadSearchIndex, toSearchDocuments, type SearchDocument } from "./lesson-search-index";

export type SearchResult = { href: string; lessonTitle: string; heading: string; snippet: string };

type LoadedIndex = { index: MiniSearch<SearchDocument>; texts: Map<string, string> };

// Built once per server process from the compiled lessons (the compile cache is
// shared with the lesson pages), then served from memory.
const globalForSearch = globalThis as unknown as { academySearchIndex?: Promise<LoadedIndex> };

async function buildIndex(): Promise<LoadedIndex> {
  const lessons = await listLessons();
  const searchable = await Promise.all(
    lessons.map(async (l) => ({
      slug: l.frontmatter.slug,
      title: l.frontmatter.title,
      summary: l.frontmatter.summary,
      sections: (await compileMdx(l.body, l.folder)).sections,
    })),
  );
  const documents = toSearchDocuments(searchable);
  return { index: loadSearchIndex(buildSearchIndex(documents)), texts: new Map(documents.map((d) => [d.id, d.text])) };
}

function getIndex(): Promise<LoadedIndex> {
  globalForSearch.academySearchIndex ??= buildIndex().catch((error: unknown) => {
    globalForSearch.academySearchIndex = undefined;
    throw error;
  });
  return globalForSearch.academySearchIndex;
}

const SNIPPET_LENGTH = 180;

/** A piece of the section's text around the first matched term. */
export function snippetOf(text: string, terms: readonly string[]): string {
  const lower = text.toLowerCase();
  const at = terms.map((t) => lower.indexOf(t.toLowerCase())).filter((i) => i >= 0).sort((a, b) => a - b)[0] ?? 0;
  const start = Math.max(0, at - 60);
  const piece = text.slice(start, start + SNIPPET_LENGTH).trim();
  return `${start > 0 ? "…" : ""}${piece}${start + SNIPPET_LENGTH < text.length ? "…" : ""}`;
}

/** The best-matching lesson sections for a query, each linking to its heading. */
export async function searchLessons(query: string, limit = 20): Promise<SearchResult[]> {
  const q = query.trim();
  if (q === "") return [];
  const { index, texts } = await getIndex();
  return index
    .search(q)
    .slice(0, limit)
    .map((hit) => {
      const slug = String(hit.slug);
      const sectionId = String(hit.sectionId);
      return {
        href: sectionId ? `/learn/${slug}#${sectionId}` : `/learn/${slug}`,
        lessonTitle: String(hit.title),
        heading: String(hit.heading),
        snippet: snippetOf(texts.get(hit.id as string) ?? "", hit.terms),
      };
    });
}
