/**
 * Classical item analysis of one quiz across a group of attempts.
 *
 * Which attempts count is the caller's choice (the cohort service passes each member's first
 * submitted attempt of the quiz). Within them:
 * - responses: how many of those attempts answered the item;
 * - difficulty: the share of those responses that were right (higher is easier);
 * - discrimination: the point-biserial correlation, over the attempts that answered the item,
 *   between the item being right (1 or 0) and the attempt's rest score — the sum of the credit
 *   (0 to 1) of every other item of the quiz, an unanswered item counting 0. Leaving the item
 *   out of the total keeps it from correlating with itself. It is null when either side does
 *   not vary (everyone right, everyone wrong, or every rest score equal);
 * - options: for choice items, how many responses picked each option.
 */

export const FLAG_RULES = { hardBelow: 0.2, easyAbove: 0.95, discriminationBelow: 0.1 } as const;

export type ItemFlag = "too-hard" | "too-easy" | "low-discrimination";

export type AnalysisItem = { id: string; prompt: string; type: string; options: { id: string; text: string; correct: boolean }[] | null };

/** One graded response; `chosen` holds the option ids it picked (empty for non-choice items). */
export type AnalysedResponse = { attemptId: string; itemId: string; score: number; correct: boolean; chosen: readonly string[] };

export type OptionTally = { id: string; text: string; correct: boolean; chosen: number };

export type ItemStatistics = {
  itemId: string;
  prompt: string;
  type: string;
  responses: number;
  difficulty: number | null;
  discrimination: number | null;
  options: OptionTally[] | null;
  flags: ItemFlag[];
};

/** Pearson correlation; null when either series has no variance or there are fewer than two pairs. */
export function pearson(xs: readonly number[], ys: readonly number[]): number | null {
  const n = xs.length;
  if (n < 2) return null;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - mx;
    const dy = ys[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return null;
  return sxy / Math.sqrt(sxx * syy);
}

export function flagsFor(difficulty: number | null, discrimination: number | null): ItemFlag[] {
  const flags: ItemFlag[] = [];
  if (difficulty !== null && difficulty < FLAG_RULES.hardBelow) flags.push("too-hard");
  if (difficulty !== null && difficulty > FLAG_RULES.easyAbove) flags.push("too-easy");
  if (discrimination !== null && discrimination < FLAG_RULES.discriminationBelow) flags.push("low-discrimination");
  return flags;
}

export function analyseItems(items: readonly AnalysisItem[], responses: readonly AnalysedResponse[]): ItemStatistics[] {
  const known = new Set(items.map((i) => i.id));
  const totals = new Map<string, number>();
  const byItem = new Map<string, AnalysedResponse[]>();
  for (const r of responses) {
    if (!known.has(r.itemId)) continue;
    totals.set(r.attemptId, (totals.get(r.attemptId) ?? 0) + r.score);
    const list = byItem.get(r.itemId);
    if (list) list.push(r);
    else byItem.set(r.itemId, [r]);
  }
  return items.map((item) => {
    const answered = byItem.get(item.id) ?? [];
    const right = answered.filter((r) => r.correct).length;
    const difficulty = answered.length > 0 ? right / answered.length : null;
    const discrimination = pearson(
      answered.map((r) => (r.correct ? 1 : 0)),
      answered.map((r) => (totals.get(r.attemptId) ?? 0) - r.score),
    );
    const options = item.options
      ? item.options.map((o) => ({ id: o.id, text: o.text, correct: o.correct, chosen: answered.filter((r) => r.chosen.includes(o.id)).length }))
      : null;
    return { itemId: item.id, prompt: item.prompt, type: item.type, responses: answered.length, difficulty, discrimination, options, flags: flagsFor(difficulty, discrimination) };
  });
}
