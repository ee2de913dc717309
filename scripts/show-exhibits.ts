// npm run quiz:exhibits -- <lesson-slug> — prints the simulator output of a bank's output items,
// as learners will see it, so authors can write options that match it.
import { checkBanks } from "@/lib/server/content/quizzes/load-banks";

async function main(): Promise<void> {
  const slug = process.argv[2];
  const { quizzes, problems } = await checkBanks();
  for (const quiz of quizzes.filter((q) => slug === undefined || q.slug === slug)) {
    for (const item of quiz.items) {
      if (!item.exhibitText) continue;
      process.stdout.write(`# ${quiz.slug} / ${item.id}\n${item.exhibitText.prompt}${item.exhibitText.command}\n${item.exhibitText.output}\n\n`);
    }
  }
  if (problems.length > 0) process.stderr.write(`${problems.join("\n")}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
