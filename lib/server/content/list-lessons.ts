import "server-only";

import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

import { parseLessonSource, type LessonSource } from "@/lib/server/content/parse-lesson";

const LESSONS_DIR = path.join(process.cwd(), "content", "lessons");

/** Every lesson's frontmatter and body, in course order. Throws on invalid frontmatter. */
export async function listLessons(): Promise<LessonSource[]> {
  const entries = await readdir(LESSONS_DIR, { withFileTypes: true }).catch(() => []);
  const lessons = await Promise.all(
    entries
      .filter((e) => e.isDirectory())
      .map(async (e) => {
        const file = path.join(LESSONS_DIR, e.name, "index.mdx");
        return parseLessonSource(e.name, await readFile(file, "utf8"));
      }),
  );
  return lessons.sort((a, b) => a.frontmatter.order - b.frontmatter.order);
}
