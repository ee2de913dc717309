// Lab replay benchmark: `npm run bench:labs`. Grades a 200-command transcript of the
// scale-and-balance lab the way the server does (setup, replay at the recorded virtual times,
// checks) and prints the median wall and CPU time over several runs. The transcript mixes reads,
// writes, curls through the Service and iptables listings. It is replayed three ways: one line every
// 10 s of virtual time; one every 3 s, the pace of the lab's planned ten minutes; and back to back
// (no virtual time between lines), which shows what the commands themselves cost apart from the
// cluster's timers firing through the idle time. Each round ends at four replicas, so the timed
// transcripts pass the lab's checks; back to back, the new pods have no time to become ready.
import { findLab, type Lab } from "../lib/server/content/labs/load-labs";
import { gradeLabSubmission } from "../lib/server/grading/grade-lab";
import { SCRIPT_LINE_GAP_MS, transcriptFromScript } from "../lib/server/grading/lab-script";

import { median } from "./lib/bench-support";

const COMMANDS = 200;
const RUNS = 9;
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

function measure(lab: Lab, transcript: Entry[]): { wall: number[]; cpu: number[]; passed: boolean } {
  const wall: number[] = [];
  const cpu: number[] = [];
  let passed = false;
  for (let run = 0; run < RUNS + 1; run++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    passed = gradeLabSubmission(lab, { seed: SEED, transcript }).passed;
    const ms = performance.now() - t0;
    const c = process.cpuUsage(c0);
    // The first run warms up the JIT and is not counted.
    if (run === 0) continue;
    wall.push(ms);
    cpu.push((c.user + c.system) / 1000);
  }
  return { wall, cpu, passed };
}

function report(label: string, figures: { wall: number[]; cpu: number[]; passed: boolean }): string {
  const { wall, cpu } = figures;
  return `  ${label}: median ${median(wall).toFixed(1)} ms wall, ${median(cpu).toFixed(1)} ms CPU (min ${Math.min(...wall).toFixed(1)}, max ${Math.max(...wall).toFixed(1)} ms wall; passed: ${figures.passed})\n`;
}

async function main(): Promise<void> {
  const lab = await findLab("scale-and-balance");
  if (!lab) throw new Error("lab scale-and-balance not found");
  const script = Array.from({ length: COMMANDS }, (_, i) => ROUND[i % ROUND.length]).join("\n");
  const typed = transcriptFromScript(lab, SEED, script);
  const backToBack = typed.map((e) => ({ at: 0, line: e.line }));
  // The lab is planned for ten minutes: 200 lines in that time come about 3 s apart.
  const atLabPace = typed.map((e) => ({ at: Math.round((e.at * LAB_PACE_MS) / SCRIPT_LINE_GAP_MS), line: e.line }));
  const minutes = (t: Entry[]) => Math.round(t[t.length - 1]!.at / 60_000);
  process.stdout.write(`Lab replay of ${typed.length} commands (scale-and-balance), ${RUNS} runs each:\n`);
  process.stdout.write(report(`one every 10 s (${minutes(typed)} min of virtual time)`, measure(lab, typed)));
  process.stdout.write(report(`one every 3 s (${minutes(atLabPace)} min, the lab's planned length)`, measure(lab, atLabPace)));
  process.stdout.write(report("back to back", measure(lab, backToBack)));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
