import "server-only";

import type { PublicLab } from "@/lib/labs/types";

import type { Lab } from "./load-labs";

/** The lab as the browser may see it: checks by id and title only, no solution, no near-miss. */
export function publicLab(lab: Lab): PublicLab {
  return {
    slug: lab.slug,
    title: lab.title,
    summary: lab.summary,
    scenario: lab.scenario,
    lessons: [...lab.lessons],
    minutes: lab.minutes,
    setup: [...lab.setup],
    instructions: lab.instructions,
    hints: [...lab.hints],
    checks: lab.checks.map((c) => ({ id: c.id, title: c.title })),
  };
}
