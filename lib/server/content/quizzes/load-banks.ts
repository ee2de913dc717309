import "server-only";

import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

import { parse as parseYaml } from "yaml";

import { listLessons } from "@/lib/server/content/list-lessons";

import { quizBankSchema, type BankItem } from "./bank-schema";
import { renderExhibit, type RenderedExhibit } from "./exhibit";

const QUIZZES_DIR = path.join(process.cwd(), "content", "quizzes");

/** A bank item as the server holds it: keys included, and an output item's exhibit rendered. */
export type LoadedItem = BankItem & { lesson: string; exhibitText?: RenderedExhibit };

export type Quiz = { slug: string; title: string; module: string; order: number; scenario: string; items: LoadedItem[] };

export type BankProblem = string;

/** Parses and validates one bank file's text; problems name the file and the field. */
export function parseBankFile(file: string, source: string): { bank?: ReturnType<typeof quizBankSchema.parse>; problems: BankProblem[] } {
  let raw: unknown;
  try {
    raw = parseYaml(source);
  } catch (error) {
    return { problems: [`${file}: not valid YAML: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const parsed = quizBankSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.map((i) => `${file}: ${describePath(raw, i.path)}: ${i.message}`),
    };
  }
  return { bank: parsed.data, problems: [] };
}

// "items[3] (id pods-x).options.1.why" reads better than a bare index path.
function describePath(raw: unknown, issuePath: PropertyKey[]): string {
  if (issuePath[0] === "items" && typeof issuePath[1] === "number") {
    const items = (raw as { items?: { id?: unknown }[] } | null)?.items;
    const id = items?.[issuePath[1]]?.id;
    const rest = issuePath.slice(2).map(String).join(".");
    return `items[${issuePath[1]}]${typeof id === "string" ? ` (id ${id})` : ""}${rest ? `.${rest}` : ""}`;
  }
  return issuePath.map(String).join(".") || "(root)";
}

async function readBanks(dir: string): Promise<{ quizzes: Quiz[]; problems: BankProblem[] }> {
  const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith(".yaml")).sort();
  const lessons = await listLessons();
  const bySlug = new Map(lessons.map((l) => [l.frontmatter.slug, l.frontmatter]));
  const problems: BankProblem[] = [];
  const quizzes: Quiz[] = [];
  for (const file of files) {
    const { bank, problems: fileProblems } = parseBankFile(file, await readFile(path.join(dir, file), "utf8"));
    problems.push(...fileProblems);
    if (!bank) continue;
    const lesson = bySlug.get(bank.lesson);
    if (!lesson) {
      problems.push(`${file}: lesson "${bank.lesson}" does not exist`);
      continue;
    }
    if (file !== `${bank.lesson}.yaml`) problems.push(`${file}: should be named ${bank.lesson}.yaml`);
    const items: LoadedItem[] = [];
    for (const item of bank.items) {
      if (item.type !== "output") {
        items.push({ ...item, lesson: bank.lesson });
        continue;
      }
      try {
        items.push({ ...item, lesson: bank.lesson, exhibitText: renderExhibit(item.exhibit, lesson.scenario) });
      } catch (error) {
        problems.push(`${file}: item ${item.id}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    quizzes.push({ slug: bank.lesson, title: lesson.title, module: lesson.module, order: lesson.order, scenario: lesson.scenario, items });
  }
  return { quizzes: quizzes.sort((a, b) => a.order - b.order), problems };
}

/** Every bank with its problems, for `content:check`. */
export function checkBanks(dir = QUIZZES_DIR): Promise<{ quizzes: Quiz[]; problems: BankProblem[] }> {
  return readBanks(dir);
}

let loaded: Promise<Quiz[]> | undefined;

/** The course's quizzes in lesson order, loaded once per process (content is part of the build). */
export function loadQuizzes(): Promise<Quiz[]> {
  loaded ??= readBanks(QUIZZES_DIR).then(({ quizzes, problems }) => {
    if (problems.length > 0) throw new Error(`The quiz banks are invalid (run npm run content:check):\n${problems.join("\n")}`);
    return quizzes;
  });
  loaded.catch(() => {
    loaded = undefined;
  });
  return loaded;
}

export async function findQuiz(slug: string): Promise<Quiz | undefined> {
  return (await loadQuizzes()).find((q) => q.slug === slug);
}

/** Every item of every bank by id. */
export async function findItem(itemId: string): Promise<LoadedItem | undefined> {
  for (const quiz of await loadQuizzes()) {
    const item = quiz.items.find((i) => i.id === itemId);
    if (item) return item;
  }
  return undefined;
}
