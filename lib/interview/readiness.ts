/**
 * The readiness verdict of an interview assessment, from its graded items only (self-assessed
 * open answers are shown beside it but never change it).
 */
export type Readiness = "ready" | "almost" | "not-yet";

export const READINESS_RULE = {
  ready: { overall: 75, everyModule: 60 },
  almost: { overall: 60, everyModule: 40 },
} as const;

export const READINESS_LABELS: Record<Readiness, string> = { ready: "Ready", almost: "Almost ready", "not-yet": "Not ready yet" };

/** The rule in words, as the report states it. */
export const READINESS_RULE_TEXT =
  `Ready: at least ${READINESS_RULE.ready.overall}% overall and at least ${READINESS_RULE.ready.everyModule}% in every module. ` +
  `Almost ready: at least ${READINESS_RULE.almost.overall}% overall and at least ${READINESS_RULE.almost.everyModule}% in every module. ` +
  "Otherwise: not ready yet. Only answers given within the time limit count.";

export function readinessVerdict(result: { overall: number; modules: { score: number }[] }): Readiness {
  const weakest = Math.min(...result.modules.map((m) => m.score));
  if (result.overall >= READINESS_RULE.ready.overall && weakest >= READINESS_RULE.ready.everyModule) return "ready";
  if (result.overall >= READINESS_RULE.almost.overall && weakest >= READINESS_RULE.almost.everyModule) return "almost";
  return "not-yet";
}
