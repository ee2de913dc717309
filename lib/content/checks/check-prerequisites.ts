export type PrerequisiteNode = { slug: string; prerequisites: readonly string[] };

/** Unknown prerequisites and cycles, each as a message naming the lessons involved. */
export function checkPrerequisites(lessons: readonly PrerequisiteNode[]): string[] {
  const problems: string[] = [];
  const bySlug = new Map(lessons.map((l) => [l.slug, l]));
  for (const lesson of lessons) {
    for (const p of lesson.prerequisites) {
      if (p === lesson.slug) problems.push(`${lesson.slug}: lists itself as a prerequisite`);
      else if (!bySlug.has(p)) problems.push(`${lesson.slug}: prerequisite "${p}" is not a lesson`);
    }
  }
  const state = new Map<string, "visiting" | "done">();
  const reported = new Set<string>();
  function visit(slug: string, path: string[]): void {
    if (state.get(slug) === "done") return;
    if (state.get(slug) === "visiting") {
      const cycle = [...path.slice(path.indexOf(slug)), slug];
      const key = [...cycle].slice(0, -1).sort().join(",");
      if (!reported.has(key)) {
        reported.add(key);
        problems.push(`prerequisites form a cycle: ${cycle.join(" → ")}`);
      }
      return;
    }
    state.set(slug, "visiting");
    for (const p of bySlug.get(slug)?.prerequisites ?? []) if (bySlug.has(p) && p !== slug) visit(p, [...path, slug]);
    state.set(slug, "done");
  }
  for (const lesson of lessons) visit(lesson.slug, []);
  return problems;
}
