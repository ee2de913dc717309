// The benchmarks' lab transcript: 200 commands of the scale-and-balance lab, mixing reads, writes,
// curls through the Service and iptables listings, at the virtual times a learner would type them.
// Each round ends at four replicas, so a timed transcript passes the lab's checks.
import type { Lab } from "../../lib/server/content/labs/load-labs";
import { SCRIPT_LINE_GAP_MS, transcriptFromScript } from "../../lib/server/grading/lab-script";

export const BENCH_LAB = "scale-and-balance";
export const BENCH_SEED = 7;
const COMMANDS = 200;
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

export type BenchEntry = { at: number; line: string };

/** The transcript with one line every 10 s (the script's gap), and the same lines at other paces. */
export function benchTranscripts(lab: Lab): { everyTenSeconds: BenchEntry[]; atLabPace: BenchEntry[]; backToBack: BenchEntry[] } {
  const script = Array.from({ length: COMMANDS }, (_, i) => ROUND[i % ROUND.length]).join("\n");
  const everyTenSeconds = transcriptFromScript(lab, BENCH_SEED, script);
  return {
    everyTenSeconds,
    // The lab is planned for ten minutes: 200 lines in that time come about 3 s apart.
    atLabPace: everyTenSeconds.map((e) => ({ at: Math.round((e.at * LAB_PACE_MS) / SCRIPT_LINE_GAP_MS), line: e.line })),
    backToBack: everyTenSeconds.map((e) => ({ at: 0, line: e.line })),
  };
}

export const minutesOf = (t: BenchEntry[]) => Math.round(t[t.length - 1]!.at / 60_000);
