import { parse as parseYaml } from "yaml";

import { lessonFrontmatterSchema, type LessonFrontmatter } from "@/lib/content/lesson-frontmatter";

export type LessonSource = { folder: string; frontmatter: LessonFrontmatter; body: string };

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Splits and validates a lesson file; errors name the folder and the field. */
export function parseLessonSource(folder: string, source: string): LessonSource {
  const match = FRONTMATTER.exec(source);
  if (!match) throw new Error(`${folder}/index.mdx: missing the --- frontmatter block at the top`);
  const parsed = lessonFrontmatterSchema.safeParse(parseYaml(match[1]!));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ");
    throw new Error(`${folder}/index.mdx: invalid frontmatter: ${problems}`);
  }
  const expectedFolder = `${String(parsed.data.order).padStart(2, "0")}-${parsed.data.slug}`;
  if (folder !== expectedFolder) throw new Error(`${folder}/index.mdx: folder should be named ${expectedFolder}`);
  return { folder, frontmatter: parsed.data, body: source.slice(match[0].length) };
}
