import "server-only";

import type { Cluster } from "@/lib/sim";

import { startLab } from "./lab-replay";
import { SCRIPT_LINE_GAP_MS } from "./lab-script";

/** For tests: the default scenario after `lines`, run ten seconds apart as a learner would. */
export function clusterAfter(lines: string[], seed = 1): Cluster {
  const session = startLab({ scenario: "default", setup: [] }, seed);
  for (const line of lines) {
    session.advance(SCRIPT_LINE_GAP_MS);
    session.run(line);
    session.interrupt();
  }
  return session.cluster;
}
