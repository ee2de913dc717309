// Lab replay benchmark: `npm run bench:labs`. Grades the 200-command transcript of bench/lib/lab-transcript.ts
// the way the server does (setup, replay at the recorded virtual times, checks), three ways: one line every
// 10 s of virtual time; one every 3 s, the pace of the lab's planned ten minutes; and back to back (no
// virtual time between lines), which shows what the commands themselves cost apart from the cluster's
// timers firing through the idle time. Back to back, the new pods have no time to become ready, so that
// replay does not pass the lab's checks.
//
// The server grades every submission in one long-lived process, so the figures that matter are those
// of a warm process: the first replay is timed on its own (V8 has not optimised the engine yet), then
// WARM_UP replays run untimed, then the three paces are timed in turn, RUNS times each, so that the
// garbage collector's major cycles fall on all three alike.
import { findLab, type Lab } from "../lib/server/content/labs/load-labs";
import { gradeLabSubmission } from "../lib/server/grading/grade-lab";

import { median, percentile } from "./lib/bench-support";
import { BENCH_LAB, BENCH_SEED, benchTranscripts, minutesOf, type BenchEntry } from "./lib/lab-transcript";

const WARM_UP = 30;
const RUNS = 21;

type Figures = { wall: number[]; cpu: number[]; passed: boolean };

function timeReplay(lab: Lab, transcript: BenchEntry[], into: Figures): void {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  into.passed = gradeLabSubmission(lab, { seed: BENCH_SEED, transcript }).passed;
  into.wall.push(performance.now() - t0);
  const c = process.cpuUsage(c0);
  into.cpu.push((c.user + c.system) / 1000);
}

function report(label: string, { wall, cpu, passed }: Figures): string {
  return `  ${label}: median ${median(wall).toFixed(1)} ms wall, ${median(cpu).toFixed(1)} ms CPU (p90 ${percentile(wall, 0.9).toFixed(1)}, min ${Math.min(...wall).toFixed(1)}, max ${Math.max(...wall).toFixed(1)} ms wall; passed: ${passed})\n`;
}

async function main(): Promise<void> {
  const lab = await findLab(BENCH_LAB);
  if (!lab) throw new Error(`lab ${BENCH_LAB} not found`);
  const { everyTenSeconds, atLabPace, backToBack } = benchTranscripts(lab);
  const paces = [
    { label: `one every 3 s (${minutesOf(atLabPace)} min, the lab's planned length)`, transcript: atLabPace },
    { label: `one every 10 s (${minutesOf(everyTenSeconds)} min of virtual time)`, transcript: everyTenSeconds },
    { label: "back to back", transcript: backToBack },
  ].map((pace) => ({ ...pace, figures: { wall: [], cpu: [], passed: false } as Figures }));

  const first: Figures = { wall: [], cpu: [], passed: false };
  timeReplay(lab, atLabPace, first);
  process.stdout.write(`Lab replay of ${atLabPace.length} commands (${BENCH_LAB}):\n`);
  process.stdout.write(`  first replay in a fresh process, one every 3 s: ${first.wall[0]!.toFixed(1)} ms wall, ${first.cpu[0]!.toFixed(1)} ms CPU (passed: ${first.passed})\n`);
  for (let i = 0; i < WARM_UP; i++) gradeLabSubmission(lab, { seed: BENCH_SEED, transcript: paces[i % paces.length]!.transcript });
  for (let run = 0; run < RUNS; run++) for (const pace of paces) timeReplay(lab, pace.transcript, pace.figures);
  process.stdout.write(`After ${WARM_UP} untimed replays, ${RUNS} runs each:\n`);
  for (const pace of paces) process.stdout.write(report(pace.label, pace.figures));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
