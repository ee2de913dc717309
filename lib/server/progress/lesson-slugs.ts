import "server-only";

import { listLessons } from "@/lib/server/content/list-lessons";

/** Slugs of the published lessons, the allow-list for progress writes. */
export async function listLessonSlugs(): Promise<string[]> {
  return (await listLessons()).map((l) => l.frontmatter.slug);
}
