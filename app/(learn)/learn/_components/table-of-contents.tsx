import type { TocEntry } from "@/lib/content/lesson-outline";

/** The lesson's h2/h3 headings; h3 entries nest under the h2 before them. */
export function TableOfContents({ entries }: { entries: TocEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <nav className="toc" aria-labelledby="toc-heading">
      <h2 id="toc-heading" className="toc__heading">
        On this page
      </h2>
      <ul>
        {entries.map((entry) => (
          <li key={entry.id} className={entry.depth === 3 ? "toc__sub" : undefined}>
            <a href={`#${entry.id}`}>{entry.text}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
