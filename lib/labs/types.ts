/**
 * Client-safe shapes of labs and their grades. A public lab names its checks by id and title only:
 * what a check compares and the model solution stay on the server.
 */

export type PublicLabCheck = { id: string; title: string };

export type PublicLab = {
  slug: string;
  title: string;
  summary: string;
  /** the simulator scenario the lab's cluster starts from, e.g. `default` */
  scenario: string;
  /** slugs of the lessons the lab practises */
  lessons: string[];
  minutes: number;
  /** command lines run before the learner arrives (see `runLabSetup`); they are not part of a submission */
  setup: string[];
  /** Markdown */
  instructions: string;
  /** progressively more specific; show one at a time */
  hints: string[];
  checks: PublicLabCheck[];
};

export type LabCheckResult = { id: string; title: string; passed: boolean; reason?: string };

/** Where replay stopped when a command made the simulator fail; the checks then did not run. */
export type LabReplayError = { index: number; line: string; message: string };

export type LabResult = { passed: boolean; checks: LabCheckResult[]; replayError?: LabReplayError };
