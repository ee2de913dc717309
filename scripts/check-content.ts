// npm run content:check — validates the course: frontmatter, prerequisites, links and
// anchors, misconception call-outs, MDX compilation, quiz banks, interview prompts, labs, and
// every shell command in the simulator.
import path from "node:path";

import { checkCourse } from "@/lib/server/content/checks/check-course";

const LESSONS_DIR = path.join(process.cwd(), "content", "lessons");

async function main(): Promise<void> {
  const started = performance.now();
  const report = await checkCourse({ dir: LESSONS_DIR });
  const compile = report.compileMs.map((c) => c.ms).sort((a, b) => a - b);
  const median = compile[Math.floor(compile.length / 2)] ?? 0;
  process.stdout.write(
    `Checked ${report.lessons} lessons, ${report.commands} shell commands, ${report.quizItems} quiz items, ${report.interviewPrompts} interview prompts and ${report.labs} labs in ${Math.round(performance.now() - started)} ms ` +
      `(MDX compile median ${Math.round(median)} ms, max ${Math.round(compile[compile.length - 1] ?? 0)} ms per lesson).\n`,
  );
  if (report.problems.length > 0) {
    process.stderr.write(`\n${report.problems.length} content problem(s):\n${report.problems.map((p) => `  ✗ ${p}`).join("\n")}\n`);
    process.exitCode = 1;
    return;
  }
  process.stdout.write("Content is valid.\n");
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
