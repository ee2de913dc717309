// Lab replay benchmark: `npm run bench:labs`. Grades a 200-command transcript of the
// scale-and-balance lab the way the server does (setup, replay at the recorded virtual times,
// checks). The transcript mixes reads, writes, curls through the Service and iptables listings. It is
// replayed three ways: one line every 10 s of virtual time; one every 3 s, the pace of the lab's
// planned ten minutes; and back to back (no virtual time between lines), which shows what the
// commands themselves cost apart from the cluster's timers firing through the idle time. Each round
// ends at four replicas, so the timed transcripts pass the lab's checks; back to back, the new pods
// have no time to become ready.
//
// The server grades every submission in one long-lived process, so the figures that matter are those
// of a warm process: the first replay is timed on its own (V8 has not optimised the engine yet), then
// WARM_UP replays run untimed, then the three paces are timed in turn, RUNS times each, so that the
// garbage collector's major cycles fall on all three alike.
import { findLab, type Lab } from "../lib/server/content/labs/load-labs";
import { gradeLabSubmission } from "../lib/server/grading/grade-lab";
import { SCRIPT_LINE_GAP_MS, transcriptFromScript } from "../lib/server/grading/lab-script";

import { median } from "./lib/bench-support";

const COMMANDS = 200;
const WARM_UP = 30;
const RUNS = 21;
const SEED = 7;
const LAB_PACE_MS = 3_000;

const ROUND = [
  "kubectl get pods -o wide",
  "kubectl scale deployment web --replicas=2",
  "kubectl get endpointslices -l kubernetes.io/service-name=web",
  "curl web",
  "kubectl describe deployment web",
  "iptables -t nat -S | grep default/web",
  "kubectl get rs",
  "kubectl scale deployment web --replicas=4",
  "kubectl get events --sort-by=.lastTimestamp | tail -5",
  "kubectl get service web -o yaml",
];

type Entry = { at: number; line: string };

type Figures = { wall: number[]; cpu: number[]; passed: boolean };

function timeReplay(lab: Lab, transcript: Entry[], into: Figures): void {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  into.passed = gradeLabSubmission(lab, { seed: SEED, transcript }).passed;
  into.wall.push(performance.now() - t0);
  const c = process.cpuUsage(c0);
  into.cpu.push((c.user + c.system) / 1000);
}

function report(label: string, { wall, cpu, passed }: Figures): string {
  const sorted = [...wall].sort((a, b) => a - b);
  const p90 = sorted[Math.ceil(sorted.length * 0.9) - 1]!;
  return `  ${label}: median ${median(wall).toFixed(1)} ms wall, ${median(cpu).toFixed(1)} ms CPU (p90 ${p90.toFixed(1)}, min ${sorted[0]!.toFixed(1)}, max ${sorted[sorted.length - 1]!.toFixed(1)} ms wall; passed: ${passed})\n`;
}

async function main(): Promise<void> {
  const lab = await findLab("scale-and-balance");
  if (!lab) throw new Error("lab scale-and-balance not found");
  const script = Array.from({ length: COMMANDS }, (_, i) => ROUND[i % ROUND.length]).join("\n");
  const typed = transcriptFromScript(lab, SEED, script);
  // The lab is planned for ten minutes: 200 lines in that time come about 3 s apart.
  const atLabPace = typed.map((e) => ({ at: Math.round((e.at * LAB_PACE_MS) / SCRIPT_LINE_GAP_MS), line: e.line }));
  const backToBack = typed.map((e) => ({ at: 0, line: e.line }));
  const minutes = (t: Entry[]) => Math.round(t[t.length - 1]!.at / 60_000);
  const paces = [
    { label: `one every 3 s (${minutes(atLabPace)} min, the lab's planned length)`, transcript: atLabPace },
    { label: `one every 10 s (${minutes(typed)} min of virtual time)`, transcript: typed },
    { label: "back to back", transcript: backToBack },
  ].map((pace) => ({ ...pace, figures: { wall: [], cpu: [], passed: false } as Figures }));

  const first: Figures = { wall: [], cpu: [], passed: false };
  timeReplay(lab, atLabPace, first);
  process.stdout.write(`Lab replay of ${typed.length} commands (scale-and-balance):\n`);
  process.stdout.write(`  first replay in a fresh process, one every 3 s: ${first.wall[0]!.toFixed(1)} ms wall, ${first.cpu[0]!.toFixed(1)} ms CPU (passed: ${first.passed})\n`);
  for (let i = 0; i < WARM_UP; i++) gradeLabSubmission(lab, { seed: SEED, transcript: paces[i % paces.length]!.transcript });
  for (let run = 0; run < RUNS; run++) for (const pace of paces) timeReplay(lab, pace.transcript, pace.figures);
  process.stdout.write(`After ${WARM_UP} untimed replays, ${RUNS} runs each:\n`);
  for (const pace of paces) process.stdout.write(report(pace.label, pace.figures));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
