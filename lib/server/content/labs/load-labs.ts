import "server-only";

import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

import { parse as parseYaml } from "yaml";

import { listLessons } from "@/lib/server/content/list-lessons";

import { checkLabTranscripts } from "./check-lab-transcripts";
import { labDefinitionSchema, type LabDefinition } from "./lab-schema";

const LABS_DIR = path.join(process.cwd(), "content", "labs");

/** The course needs at least this many labs. */
export const MIN_LABS = 8;

export type Lab = LabDefinition;

type ReadLabs = { labs: Lab[]; problems: string[]; dirs: Map<string, string> };

/** Parses and validates one lab.yaml; problems name the file and the field. */
export function parseLabFile(file: string, source: string): { lab?: Lab; problems: string[] } {
  let raw: unknown;
  try {
    raw = parseYaml(source);
  } catch (error) {
    return { problems: [`${file}: not valid YAML: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const parsed = labDefinitionSchema.safeParse(raw);
  if (!parsed.success) return { problems: parsed.error.issues.map((i) => `${file}: ${i.path.map(String).join(".") || "(root)"}: ${i.message}`) };
  return { lab: parsed.data, problems: [] };
}

async function readLabs(dir: string): Promise<ReadLabs> {
  const entries = (await readdir(dir, { withFileTypes: true }).catch(() => [])).filter((e) => e.isDirectory());
  const lessons = await listLessons();
  const order = new Map(lessons.map((l) => [l.frontmatter.slug, l.frontmatter.order]));
  const problems: string[] = [];
  const labs: Lab[] = [];
  const dirs = new Map<string, string>();
  for (const entry of entries) {
    const file = `${entry.name}/lab.yaml`;
    const source = await readFile(path.join(dir, file), "utf8").catch(() => undefined);
    if (source === undefined) {
      problems.push(`${file}: missing`);
      continue;
    }
    const { lab, problems: fileProblems } = parseLabFile(file, source);
    problems.push(...fileProblems);
    if (!lab) continue;
    if (lab.slug !== entry.name) problems.push(`${file}: slug "${lab.slug}" should be the folder's name, ${entry.name}`);
    for (const lesson of lab.lessons) if (!order.has(lesson)) problems.push(`${file}: lesson "${lesson}" does not exist`);
    labs.push(lab);
    dirs.set(lab.slug, path.join(dir, entry.name));
  }
  // In course order: by the earliest lesson each lab practises.
  const rank = (lab: Lab) => Math.min(...lab.lessons.map((l) => order.get(l) ?? Number.MAX_SAFE_INTEGER));
  labs.sort((a, b) => rank(a) - rank(b) || a.slug.localeCompare(b.slug));
  return { labs, problems, dirs };
}

/**
 * Every lab with its problems, for `content:check`: schema, lessons, the number of labs, and each
 * lab's proof.txt and solution replayed to pass every check and near-miss.txt to fail exactly the
 * checks its lab.yaml names.
 */
export async function checkLabs(dir = LABS_DIR): Promise<{ labs: Lab[]; problems: string[] }> {
  const { labs, problems, dirs } = await readLabs(dir);
  if (labs.length < MIN_LABS) problems.push(`content/labs: ${labs.length} valid labs, the course needs at least ${MIN_LABS}`);
  for (const lab of labs) {
    const labDir = dirs.get(lab.slug) ?? path.join(dir, lab.slug);
    // Only content:check reads the transcripts; the site never traces them into its output.
    const read = (name: string) => readFile(path.join(/*turbopackIgnore: true*/ labDir, name), "utf8").catch(() => undefined);
    problems.push(...checkLabTranscripts(lab, { proof: await read("proof.txt"), nearMiss: await read("near-miss.txt") }));
  }
  return { labs, problems };
}

let loaded: Promise<Lab[]> | undefined;

/** The course's labs in course order, loaded once per process (content is part of the build). */
export function loadLabs(): Promise<Lab[]> {
  loaded ??= readLabs(LABS_DIR).then(({ labs, problems }) => {
    if (problems.length > 0) throw new Error(`The labs are invalid (run npm run content:check):\n${problems.join("\n")}`);
    return labs;
  });
  loaded.catch(() => {
    loaded = undefined;
  });
  return loaded;
}

export async function findLab(slug: string): Promise<Lab | undefined> {
  return (await loadLabs()).find((lab) => lab.slug === slug);
}
