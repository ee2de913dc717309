import "server-only";

import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

import { checkLinks } from "@/lib/content/checks/check-links";
import { checkMisconceptions } from "@/lib/content/checks/check-misconceptions";
import { checkPrerequisites } from "@/lib/content/checks/check-prerequisites";
import { compileMdx } from "@/lib/server/content/compile";
import { checkPromptsFile } from "@/lib/server/content/interview/load-prompts";
import { checkLabs } from "@/lib/server/content/labs/load-labs";
import { checkBanks } from "@/lib/server/content/quizzes/load-banks";
import { parseLessonSource, type LessonSource } from "@/lib/server/content/parse-lesson";

import { checkInterviewPrompts } from "./check-interview-prompts";
import { checkQuizzes } from "./check-quizzes";
import { runLessonCommands } from "./run-lesson-commands";

export type CourseCheckReport = {
  problems: string[];
  lessons: number;
  commands: number;
  quizItems: number;
  interviewPrompts: number;
  labs: number;
  compileMs: { folder: string; ms: number }[];
};

type CheckedLesson = LessonSource & { bodyLine: number };

async function readLessons(dir: string, problems: string[]): Promise<CheckedLesson[]> {
  const entries = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory());
  const lessons: CheckedLesson[] = [];
  for (const entry of entries) {
    try {
      const source = await readFile(path.join(dir, entry.name, "index.mdx"), "utf8");
      const lesson = parseLessonSource(entry.name, source);
      // Lines of the frontmatter, so messages point at the line of the file, not of the body.
      lessons.push({ ...lesson, bodyLine: source.split("\n").length - lesson.body.split("\n").length });
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error));
    }
  }
  return lessons.sort((a, b) => a.frontmatter.order - b.frontmatter.order);
}

function duplicates(values: readonly string[]): string[] {
  return [...new Set(values.filter((v, i) => values.indexOf(v) !== i))];
}

/** Every check of `npm run content:check`, over the lessons in `dir`; problems name the lesson. */
export async function checkCourse(options: { dir: string; quizzesDir?: string; runCommands?: boolean }): Promise<CourseCheckReport> {
  const problems: string[] = [];
  const lessons = await readLessons(options.dir, problems);
  for (const slug of duplicates(lessons.map((l) => l.frontmatter.slug))) problems.push(`slug "${slug}" is used by more than one lesson`);
  for (const order of duplicates(lessons.map((l) => String(l.frontmatter.order)))) problems.push(`order ${order} is used by more than one lesson`);
  problems.push(...checkPrerequisites(lessons.map((l) => ({ slug: l.frontmatter.slug, prerequisites: l.frontmatter.prerequisites }))));
  problems.push(...checkMisconceptions(lessons.map((l) => ({ slug: l.frontmatter.slug, body: l.body, claims: l.frontmatter.misconceptions.map((m) => m.claim) }))));

  const compileMs: { folder: string; ms: number }[] = [];
  const anchors = new Map<string, Set<string>>();
  for (const lesson of lessons) {
    try {
      const compiled = await compileMdx(lesson.body, lesson.folder);
      compileMs.push({ folder: lesson.folder, ms: compiled.compileMs });
      anchors.set(lesson.frontmatter.slug, new Set(compiled.toc.map((t) => t.id)));
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error));
    }
  }
  problems.push(
    ...checkLinks(lessons.map((l) => ({ slug: l.frontmatter.slug, body: l.body, anchors: anchors.get(l.frontmatter.slug) ?? new Set<string>() }))),
  );

  const banks = await checkBanks(options.quizzesDir);
  problems.push(...banks.problems);
  problems.push(
    ...checkQuizzes(
      banks.quizzes,
      lessons.map((l) => ({ slug: l.frontmatter.slug, objectives: l.frontmatter.objectives.length, anchors: anchors.get(l.frontmatter.slug) ?? new Set<string>() })),
    ),
  );

  const prompts = await checkPromptsFile();
  problems.push(...prompts.problems);
  problems.push(
    ...checkInterviewPrompts(
      prompts.prompts,
      lessons.map((l) => ({ slug: l.frontmatter.slug, module: l.frontmatter.module, anchors: anchors.get(l.frontmatter.slug) ?? new Set<string>() })),
    ),
  );

  const labs = await checkLabs();
  problems.push(...labs.problems);

  let commands = 0;
  if (options.runCommands !== false) {
    for (const lesson of lessons) {
      const report = runLessonCommands({ body: lesson.body, scenario: lesson.frontmatter.scenario });
      commands += report.commands;
      for (const f of report.failures) {
        const expectation = f.expectedError ? "should fail (```sh error) but succeeded" : `failed with exit code ${f.exitCode}`;
        const output = f.output === "" ? "" : `\n      ${f.output.split("\n").slice(0, 4).join("\n      ")}`;
        problems.push(`${lesson.folder}/index.mdx:${f.line + lesson.bodyLine}: command \`${f.command.split("\n")[0]}\` ${expectation} on scenario "${lesson.frontmatter.scenario}"${output}`);
      }
    }
  }
  return { problems, lessons: lessons.length, commands, quizItems: banks.quizzes.reduce((n, q) => n + q.items.length, 0), interviewPrompts: prompts.prompts.length, labs: labs.labs.length, compileMs };
}
