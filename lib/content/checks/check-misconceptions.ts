export type MisconceptionLesson = { slug: string; body: string; claims: readonly string[] };

const CALLOUT = /<Callout\b[^>]*\bkind=["']misconception["'][^>]*>/g;
const TITLE = /\btitle=["']([^"']*)["']/;
const STOP_WORDS = new Set(["a", "an", "the", "is", "are", "and", "or", "of", "to", "in", "on", "it", "its", "that", "you", "your", "by", "for", "with", "as", "be", "just"]);

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().split(/[^a-z0-9-]+/).filter((w) => w.length > 1 && !STOP_WORDS.has(w)));
}

function overlap(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared;
}

/**
 * Every misconception in the frontmatter needs a "Common misconception"
 * call-out in the body. Titles are worded differently from claims, so each
 * claim takes the unused call-out whose title shares the most words with it.
 */
export function checkMisconceptions(lessons: readonly MisconceptionLesson[]): string[] {
  const problems: string[] = [];
  for (const lesson of lessons) {
    const titles = [...lesson.body.matchAll(CALLOUT)].map((m) => words(TITLE.exec(m[0])?.[1] ?? ""));
    const used = new Set<number>();
    const ranked = lesson.claims
      .map((claim) => ({ claim, words: words(claim) }))
      .map((c) => ({ ...c, best: Math.max(0, ...titles.map((t) => overlap(c.words, t))) }))
      .sort((a, b) => b.best - a.best);
    for (const { claim, words: claimWords } of ranked) {
      let pick = -1;
      let pickScore = -1;
      titles.forEach((t, i) => {
        const score = overlap(claimWords, t);
        if (!used.has(i) && score > pickScore) [pick, pickScore] = [i, score];
      });
      if (pick === -1) {
        problems.push(`${lesson.slug}: misconception "${claim}" has no <Callout kind="misconception"> in the lesson`);
      } else {
        used.add(pick);
      }
    }
  }
  return problems;
}
