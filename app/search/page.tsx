import type { Metadata } from "next";
import Link from "next/link";

import { SearchForm } from "@/components/search/search-form";
import { searchLessons } from "@/lib/server/search/search-lessons";
import { searchQuerySchema } from "@/lib/validation/search";

export const metadata: Metadata = { title: "Search lessons" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SearchPage({ searchParams }: Props) {
  const query = searchQuerySchema.parse((await searchParams).q);
  const results = await searchLessons(query);
  return (
    <>
      <h1>Search lessons</h1>
      <SearchForm id="search-page" name="Search the course" defaultValue={query} />
      {query === "" ? (
        <p>Search the titles, headings and text of every lesson.</p>
      ) : (
        <section aria-labelledby="search-results-heading" className="search-results">
          <h2 id="search-results-heading">
            {results.length === 0 ? `No results for “${query}”` : `${results.length} result${results.length === 1 ? "" : "s"} for “${query}”`}
          </h2>
          <ol>
            {results.map((r) => (
              <li key={r.href}>
                <Link href={r.href}>
                  {r.lessonTitle}
                  {r.heading ? ` › ${r.heading}` : ""}
                </Link>
                <p>{r.snippet}</p>
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  );
}
