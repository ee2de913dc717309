import Link from "next/link";

type Neighbour = { slug: string; title: string } | null;

export function LessonPager({ previous, next }: { previous: Neighbour; next: Neighbour }) {
  return (
    <nav className="pager" aria-label="Previous and next lessons">
      {previous ? (
        <Link href={`/learn/${previous.slug}`} className="pager__link" rel="prev">
          <span className="pager__dir">Previous</span> {previous.title}
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link href={`/learn/${next.slug}`} className="pager__link pager__link--next" rel="next">
          <span className="pager__dir">Next</span> {next.title}
        </Link>
      ) : null}
    </nav>
  );
}
