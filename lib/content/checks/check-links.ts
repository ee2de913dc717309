export type LinkedLesson = { slug: string; body: string; anchors: ReadonlySet<string> };

// Pages outside the lessons that a lesson may link to.
const SITE_PAGES = new Set(["/", "/learn", "/sandbox", "/search", "/signin", "/signup", "/account"]);

const MARKDOWN_LINK = /\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g;
const HREF_ATTRIBUTE = /href=["']([^"']+)["']/g;

function internalLinks(body: string): string[] {
  const withoutCode = body.replace(/^\s*```[\s\S]*?^\s*```/gm, "");
  const links: string[] = [];
  for (const re of [MARKDOWN_LINK, HREF_ATTRIBUTE]) {
    for (const match of withoutCode.matchAll(re)) {
      const href = match[1]!;
      if (href.startsWith("/") || href.startsWith("#")) links.push(href);
    }
  }
  return links;
}

/** Internal links to missing lessons, pages or heading anchors. */
export function checkLinks(lessons: readonly LinkedLesson[]): string[] {
  const bySlug = new Map(lessons.map((l) => [l.slug, l]));
  const problems: string[] = [];
  for (const lesson of lessons) {
    for (const href of internalLinks(lesson.body)) {
      const [path = "", anchor] = href.split("#", 2);
      const target = path === "" ? lesson : path.startsWith("/learn/") ? bySlug.get(path.slice("/learn/".length)) : undefined;
      if (path !== "" && !path.startsWith("/learn/")) {
        if (!SITE_PAGES.has(path)) problems.push(`${lesson.slug}: link to ${href}: no such page`);
        continue;
      }
      if (!target) {
        problems.push(`${lesson.slug}: link to ${href}: no lesson "${path.slice("/learn/".length)}"`);
        continue;
      }
      if (anchor && !target.anchors.has(anchor)) {
        problems.push(`${lesson.slug}: link to ${href}: lesson "${target.slug}" has no heading with id "${anchor}"`);
      }
    }
  }
  return problems;
}
