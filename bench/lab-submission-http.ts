// Grading labs through the HTTP API: `npm run bench:lab-http` (after `npm run build`). Signed-in learners
// post the 200-command transcript of bench/lib/lab-transcript.ts, at the lab's planned pace, to
// POST /api/labs/<slug>/submissions on the production server, one request at a time: the route reads and
// validates the body, replays it in the simulator, evaluates the checks and stores the result in Postgres.
// The first submission after the server starts is timed apart, as V8 has not optimised the engine then.
// Usage: npm run bench:lab-http [-- --submissions 60]
import { findLab } from "../lib/server/content/labs/load-labs";
import { REPLAYS_PER_MINUTE } from "../lib/server/labs/replay-limit";

import { withBenchSite } from "./lib/bench-site";
import { median, percentile } from "./lib/bench-support";
import { BENCH_LAB, BENCH_SEED, benchTranscripts } from "./lib/lab-transcript";

const arg = (name: string, fallback: number) => Number(process.argv[process.argv.indexOf(`--${name}`) + 1]) || fallback;
const SUBMISSIONS = arg("submissions", 60);

async function main(): Promise<void> {
  const lab = await findLab(BENCH_LAB);
  if (!lab) throw new Error(`lab ${BENCH_LAB} not found`);
  const body = JSON.stringify({ seed: BENCH_SEED, transcript: benchTranscripts(lab).atLabPace });
  // Each learner may have REPLAYS_PER_MINUTE graded a minute, so the submissions are spread over enough of them.
  const learners = Math.ceil((SUBMISSIONS + 1) / REPLAYS_PER_MINUTE);
  await withBenchSite(learners, async ({ base, cookies }) => {
    const times: number[] = [];
    for (let i = 0; i <= SUBMISSIONS; i++) {
      const t0 = performance.now();
      const response = await fetch(`${base}/api/labs/${BENCH_LAB}/submissions`, {
        method: "POST",
        headers: { cookie: cookies[i % learners]!, "content-type": "application/json" },
        body,
      });
      const outcome = (await response.json()) as { result?: { passed: boolean }; stored?: boolean };
      times.push(performance.now() - t0);
      if (response.status !== 201 || !outcome.result?.passed || !outcome.stored) throw new Error(`submission ${i} answered ${response.status}: ${JSON.stringify(outcome).slice(0, 200)}`);
    }
    const [first, ...rest] = times;
    process.stdout.write(`POST /api/labs/${BENCH_LAB}/submissions, 200 commands at one every 3 s, one request at a time (${(body.length / 1024).toFixed(1)} KB body):\n`);
    process.stdout.write(`  first after the server started: ${first!.toFixed(1)} ms\n`);
    process.stdout.write(`  the next ${rest.length}: median ${median(rest).toFixed(1)} ms, p90 ${percentile(rest, 0.9).toFixed(1)} ms, min ${Math.min(...rest).toFixed(1)} ms, max ${Math.max(...rest).toFixed(1)} ms\n`);
    const warm = rest.slice(Math.floor(rest.length / 2));
    process.stdout.write(`  of which the last ${warm.length}: median ${median(warm).toFixed(1)} ms, p90 ${percentile(warm, 0.9).toFixed(1)} ms\n`);
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
